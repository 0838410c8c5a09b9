package se.processkarta.roles;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.processkarta.graph.ModelHistory;
import se.processkarta.model.Code;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.Person;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;
import se.processkarta.model.RoleRules;

/**
 * Roles as they were at an earlier model version, from the graph's validity intervals: the same
 * rules ({@link RoleRules}) as the current reads, applied to the version's snapshot on the day that
 * version was published.
 */
@Singleton
public class PastRoles {

  private final ModelHistory history;

  PastRoles(ModelHistory history) {
    this.history = history;
  }

  /** The short roles summary of an element at a version, on the day of that version. */
  public RoleSummary summary(long version, Code code) {
    ModelSnapshot s = history.snapshot(version);
    LocalDate day = s.date();
    Map<String, Person> people = new HashMap<>();
    s.people().forEach(p -> people.put(p.id(), p));
    List<RoleAssignment> on = s.roles().stream().filter(r -> r.element().equals(code)).toList();
    Optional<PersonRef> owner =
        RoleRules.current(on, RoleKind.OWNER, day).map(r -> ref(people, r.personId()));
    Optional<PersonRef> lead =
        RoleRules.current(on, RoleKind.LEAD, day).map(r -> ref(people, r.personId()));
    Optional<RoleRules.EffectiveLead<PersonRef>> effective = RoleRules.effectiveLead(owner, lead);
    boolean ownerActsAsLead =
        effective.map(e -> e.basis() == RoleRules.LeadBasis.OWNER).orElse(false);
    return new RoleSummary(
        owner.orElse(null),
        lead.orElse(null),
        effective.map(RoleRules.EffectiveLead::person).orElse(null),
        ownerActsAsLead,
        RoleRules.allCurrent(on, RoleKind.TEAM_MEMBER, day).size());
  }

  private static PersonRef ref(Map<String, Person> people, String id) {
    Person p = people.get(id);
    return p == null ? new PersonRef(id, id, null) : new PersonRef(p.id(), p.name(), p.title());
  }
}
