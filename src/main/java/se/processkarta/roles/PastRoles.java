package se.processkarta.roles;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.processkarta.graph.ModelHistory;
import se.processkarta.model.Allocation;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.Level;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.Person;
import se.processkarta.model.ResourcePool;
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

  /**
   * The gaps report at a version on {@code day}: published processes under {@code root} without an
   * owner, and those whose owner acts as processledare (the rules of {@link RoleRules#isGap}).
   */
  public Gaps gaps(long version, Code root, LocalDate day) {
    ModelSnapshot s = history.snapshot(version);
    Map<String, Person> people = people(s);
    if (root != null && s.elements().stream().noneMatch(e -> e.code().equals(root))) {
      throw new NotFoundException("element.notFound", root.toString());
    }
    Map<Code, List<RoleAssignment>> byElement = new HashMap<>();
    s.roles().forEach(r -> byElement.computeIfAbsent(r.element(), k -> new ArrayList<>()).add(r));
    List<GapItem> missing = new ArrayList<>();
    List<GapItem> ownerLeads = new ArrayList<>();
    for (Element e : s.elements()) {
      if (e.code().level() != Level.PROCESS
          || e.status() != ElementStatus.PUBLISHED
          || (root != null && !root.equals(e.code()) && !root.isAncestorOf(e.code()))) {
        continue;
      }
      List<RoleAssignment> on = byElement.getOrDefault(e.code(), List.of());
      Optional<RoleAssignment> owner = RoleRules.current(on, RoleKind.OWNER, day);
      boolean hasLead = RoleRules.current(on, RoleKind.LEAD, day).isPresent();
      if (RoleRules.isGap(e.code().level(), e.status(), owner.isPresent())) {
        missing.add(new GapItem(e.code().toString(), e.name(), null));
      } else if (owner.isPresent() && !hasLead) {
        ownerLeads.add(
            new GapItem(e.code().toString(), e.name(), ref(people, owner.get().personId())));
      }
    }
    return new Gaps(root == null ? null : root.toString(), day, missing, ownerLeads);
  }

  /** Everyone allocated above 100 % on {@code day} at a version, with whom to involve. */
  public Conflicts conflicts(long version, LocalDate day) {
    ModelSnapshot s = history.snapshot(version);
    Map<String, Person> people = people(s);
    Map<Code, Element> elements = new HashMap<>();
    s.elements().forEach(e -> elements.put(e.code(), e));
    Map<String, ResourcePool> pools = new HashMap<>();
    s.resourcePools().forEach(p -> pools.put(p.id(), p));
    List<OverAllocation> out = new ArrayList<>();
    for (Map.Entry<String, Integer> over :
        RoleRules.overAllocated(s.allocations(), day).entrySet()) {
      PersonRef person = ref(people, over.getKey());
      List<AllocationView> lines = new ArrayList<>();
      Map<String, PersonRef> resourceOwners = new LinkedHashMap<>();
      Map<String, PersonRef> processOwners = new LinkedHashMap<>();
      for (Allocation a : s.allocations()) {
        if (!a.personId().equals(over.getKey()) || !a.period().contains(day)) {
          continue;
        }
        ResourcePool pool = pools.get(a.poolId());
        PersonRef poolOwner = pool == null ? null : ref(people, pool.ownerId());
        if (poolOwner != null) {
          resourceOwners.putIfAbsent(poolOwner.id(), poolOwner);
        }
        RoleRules.current(
                s.roles().stream().filter(r -> r.element().equals(a.element())).toList(),
                RoleKind.OWNER,
                day)
            .map(r -> ref(people, r.personId()))
            .ifPresent(o -> processOwners.putIfAbsent(o.id(), o));
        Element e = elements.get(a.element());
        lines.add(
            new AllocationView(
                person,
                a.element().toString(),
                e == null ? a.element().toString() : e.name(),
                a.percent(),
                a.period().from(),
                a.period().to(),
                new PoolRef(
                    a.poolId(),
                    pool == null ? a.poolId() : pool.name(),
                    pool == null ? null : pool.competence(),
                    poolOwner)));
      }
      out.add(
          new OverAllocation(
              person,
              over.getValue(),
              lines,
              List.copyOf(resourceOwners.values()),
              List.copyOf(processOwners.values()),
              // Assignments live in the relational store with their own history (?asOf= on
              // /api/assignments); a past model version counts the model's allocations only.
              List.of()));
    }
    out.sort(
        java.util.Comparator.comparing((OverAllocation o) -> o.person().name())
            .thenComparing(o -> o.person().id()));
    return new Conflicts(day, out);
  }

  private static Map<String, Person> people(ModelSnapshot s) {
    Map<String, Person> people = new HashMap<>();
    s.people().forEach(p -> people.put(p.id(), p));
    return people;
  }

  private static PersonRef ref(Map<String, Person> people, String id) {
    Person p = people.get(id);
    return p == null ? new PersonRef(id, id, null) : new PersonRef(p.id(), p.name(), p.title());
  }
}
