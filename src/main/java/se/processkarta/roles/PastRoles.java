package se.processkarta.roles;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.processkarta.graph.ModelHistory;
import se.processkarta.model.Allocation;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.Level;
import se.processkarta.model.Messages;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.Person;
import se.processkarta.model.ResourcePool;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;
import se.processkarta.model.RoleRules;
import se.processkarta.model.SteeringGroup;
import se.processkarta.roles.Rows.Held;

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
    return RoleSummary.of(elementRoles(version, code, null, Messages.SWEDISH));
  }

  /**
   * The roles on an element as they were at {@code version}, on {@code date} (by default the day
   * that version was published): the same view as {@link RoleQueries#elementRoles} gives of the
   * current model, with owner (own or inherited), effective lead, reporting chain, team,
   * allocations, pools and steering groups.
   *
   * @throws NotFoundException when the element did not exist at that version
   */
  public ElementRoles elementRoles(
      long version, Code code, @Nullable LocalDate date, Locale locale) {
    ModelSnapshot s = history.snapshot(version);
    LocalDate day = date == null ? s.date() : date;
    Map<Code, Element> elements = new HashMap<>();
    s.elements().forEach(e -> elements.put(e.code(), e));
    if (!elements.containsKey(code)) {
      throw new NotFoundException("element.notFound", code.toString());
    }
    Map<String, Person> people = people(s);
    Map<Code, RoleViews.LineElement> line = new HashMap<>();
    for (Code c : code.lineage()) {
      Element e = elements.get(c);
      if (e != null) {
        line.put(c, new RoleViews.LineElement(c, e.name(), c.level().number(), e.status().name()));
      }
    }
    List<Held> roles = new ArrayList<>();
    List<Held> team = new ArrayList<>();
    for (RoleAssignment r : s.roles()) {
      if (r.kind() == RoleKind.TEAM_MEMBER && r.element().equals(code)) {
        team.add(held(people, r));
      } else if (r.kind() != RoleKind.TEAM_MEMBER && line.containsKey(r.element())) {
        roles.add(held(people, r));
      }
    }
    Map<String, ResourcePool> pools = pools(s);
    List<RoleViews.AllocationFact> allocations = new ArrayList<>();
    for (Allocation a : s.allocations()) {
      if (a.element().equals(code)) {
        allocations.add(
            new RoleViews.AllocationFact(
                ref(people, a.personId()),
                a.percent(),
                a.period(),
                pool(pools, people, a.poolId())));
      }
    }
    List<SteeringGroupRef> groups = new ArrayList<>();
    for (SteeringGroup g : history.organisation(version).groups()) {
      for (Code supported : g.supports()) {
        if (line.containsKey(supported)) {
          groups.add(new SteeringGroupRef(g.id(), g.name(), g.kind().name(), supported.toString()));
        }
      }
    }
    return RoleViews.element(
        new RoleViews.ElementFacts(code, line, roles, team, allocations, groups), day, locale);
  }

  /**
   * Every responsibility of a person as it was at {@code version}, on {@code date} (by default the
   * day that version was published): the same view as {@link RoleQueries#person} gives today.
   *
   * @throws NotFoundException when the person did not exist at that version
   */
  public PersonResponsibilities person(long version, String id, @Nullable LocalDate date) {
    ModelSnapshot s = history.snapshot(version);
    LocalDate day = date == null ? s.date() : date;
    Map<String, Person> people = people(s);
    Person person = people.get(id);
    if (person == null) {
      throw new NotFoundException("roles.person.notFound", String.valueOf(id));
    }
    ModelHistory.Organisation organisation = history.organisation(version);
    UnitRef unit =
        organisation.units().stream()
            .filter(u -> u.id().equals(person.unitId()))
            .findFirst()
            .map(u -> new UnitRef(u.id(), u.name(), u.kind().name()))
            .orElse(null);
    Map<Code, Element> elements = new HashMap<>();
    s.elements().forEach(e -> elements.put(e.code(), e));
    List<RoleViews.HeldOn> roles = new ArrayList<>();
    for (RoleAssignment r : s.roles()) {
      Element e = elements.get(r.element());
      if (r.personId().equals(id) && e != null) {
        roles.add(
            new RoleViews.HeldOn(
                held(people, r), e.name(), r.element().level().number(), e.status().name()));
      }
    }
    Set<Code> chain =
        Set.copyOf(RoleViews.chainCodes(roles.stream().map(RoleViews.HeldOn::held).toList(), day));
    Map<Code, String> names = new HashMap<>();
    chain.forEach(c -> names.put(c, elements.containsKey(c) ? elements.get(c).name() : null));
    Map<Code, List<Held>> owners = new HashMap<>();
    for (RoleAssignment r : s.roles()) {
      if (r.kind() == RoleKind.OWNER && chain.contains(r.element())) {
        owners.computeIfAbsent(r.element(), k -> new ArrayList<>()).add(held(people, r));
      }
    }
    Map<String, ResourcePool> pools = pools(s);
    List<RoleViews.PersonAllocation> allocations = new ArrayList<>();
    for (Allocation a : s.allocations()) {
      Element e = elements.get(a.element());
      if (a.personId().equals(id)) {
        allocations.add(
            new RoleViews.PersonAllocation(
                a.element().toString(),
                e == null ? a.element().toString() : e.name(),
                a.percent(),
                a.period(),
                pool(pools, people, a.poolId())));
      }
    }
    List<PoolRef> ownsPools = new ArrayList<>();
    List<PoolRef> inPools = new ArrayList<>();
    for (ResourcePool p : s.resourcePools()) {
      if (id.equals(p.ownerId())) {
        ownsPools.add(pool(pools, people, p.id()));
      }
      if (p.memberIds().contains(id)) {
        inPools.add(pool(pools, people, p.id()));
      }
    }
    List<SteeringGroupRef> groups =
        organisation.groups().stream()
            .filter(g -> g.memberIds().contains(id))
            .map(g -> new SteeringGroupRef(g.id(), g.name(), g.kind().name(), null))
            .toList();
    return RoleViews.person(
        new RoleViews.PersonFacts(
            new PersonListItem(person.id(), person.name(), person.title(), person.email(), unit),
            roles,
            allocations,
            new RoleViews.Owners(names, owners),
            ownsPools,
            inPools,
            groups),
        day);
  }

  /**
   * The gaps report at a version on {@code date} (by default the day that version was published):
   * published processes under {@code root} without an owner, and those whose owner acts as
   * processledare (the rules of {@link RoleRules#isGap}).
   */
  public Gaps gaps(long version, Code root, @Nullable LocalDate date) {
    ModelSnapshot s = history.snapshot(version);
    LocalDate day = date == null ? s.date() : date;
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

  /**
   * Everyone allocated above 100 % at a version on {@code date} (by default the day that version
   * was published), with whom to involve.
   */
  public Conflicts conflicts(long version, @Nullable LocalDate date) {
    ModelSnapshot s = history.snapshot(version);
    LocalDate day = date == null ? s.date() : date;
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

  private static Map<String, ResourcePool> pools(ModelSnapshot s) {
    Map<String, ResourcePool> pools = new HashMap<>();
    s.resourcePools().forEach(p -> pools.put(p.id(), p));
    return pools;
  }

  private static PoolRef pool(
      Map<String, ResourcePool> pools, Map<String, Person> people, String id) {
    ResourcePool p = pools.get(id);
    return p == null
        ? new PoolRef(id, id, null, null)
        : new PoolRef(
            p.id(),
            p.name(),
            p.competence(),
            p.ownerId() == null ? null : ref(people, p.ownerId()));
  }

  private static Held held(Map<String, Person> people, RoleAssignment r) {
    return new Held(
        r,
        ref(people, r.personId()),
        r.delegatedBy() == null ? null : ref(people, r.delegatedBy()));
  }

  private static PersonRef ref(Map<String, Person> people, String id) {
    Person p = people.get(id);
    return p == null ? new PersonRef(id, id, null) : new PersonRef(p.id(), p.name(), p.title());
  }
}
