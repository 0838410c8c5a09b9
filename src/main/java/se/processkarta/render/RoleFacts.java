package se.processkarta.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.processkarta.model.Allocation;
import se.processkarta.model.Code;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.Person;
import se.processkarta.model.ResourcePool;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;
import se.processkarta.model.RoleRules;

/**
 * The roles and allocations of a snapshot that hold on its date, indexed for drawing: who owns,
 * leads and works in each element, and how much of each person is allocated in total. What a gap,
 * an effective lead and an over-allocation are is decided by {@link RoleRules}, the one home of the
 * governance rules, not here.
 */
final class RoleFacts {

  private final Map<String, Person> people = new HashMap<>();
  private final Map<String, ResourcePool> pools = new HashMap<>();
  private final Map<Code, List<RoleAssignment>> roles = new HashMap<>();
  private final Map<String, List<RoleAssignment>> rolesOf = new HashMap<>();
  private final Map<Code, List<Allocation>> allocations = new HashMap<>();
  private final Map<String, List<Allocation>> allocationsOf = new HashMap<>();
  private final Map<String, Integer> allocated;
  private final LocalDate day;

  RoleFacts(ModelSnapshot snapshot) {
    day = snapshot.date();
    snapshot.people().forEach(p -> people.put(p.id(), p));
    snapshot.resourcePools().forEach(p -> pools.put(p.id(), p));
    for (RoleAssignment r : snapshot.roles()) {
      if (r.isActiveOn(day)) {
        roles.computeIfAbsent(r.element(), k -> new ArrayList<>()).add(r);
        rolesOf.computeIfAbsent(r.personId(), k -> new ArrayList<>()).add(r);
      }
    }
    for (Allocation a : snapshot.allocations()) {
      if (a.period().contains(day)) {
        allocations.computeIfAbsent(a.element(), k -> new ArrayList<>()).add(a);
        allocationsOf.computeIfAbsent(a.personId(), k -> new ArrayList<>()).add(a);
      }
    }
    allocated = RoleRules.totals(snapshot.allocations(), day);
    roles.values().forEach(l -> l.sort(this::byPersonName));
    rolesOf.values().forEach(l -> l.sort((a, b) -> a.element().compareTo(b.element())));
    allocations
        .values()
        .forEach(l -> l.sort((a, b) -> name(a.personId()).compareTo(name(b.personId()))));
    allocationsOf.values().forEach(l -> l.sort((a, b) -> a.element().compareTo(b.element())));
  }

  private int byPersonName(RoleAssignment a, RoleAssignment b) {
    int c = name(a.personId()).compareTo(name(b.personId()));
    return c != 0 ? c : a.personId().compareTo(b.personId());
  }

  List<RoleAssignment> on(Code code, RoleKind kind) {
    return roles.getOrDefault(code, List.of()).stream().filter(r -> r.kind() == kind).toList();
  }

  List<RoleAssignment> of(String personId, RoleKind kind) {
    return rolesOf.getOrDefault(personId, List.of()).stream()
        .filter(r -> r.kind() == kind)
        .toList();
  }

  List<Allocation> allocationsOn(Code code) {
    return allocations.getOrDefault(code, List.of());
  }

  List<Allocation> allocationsOf(String personId) {
    return allocationsOf.getOrDefault(personId, List.of());
  }

  int allocatedPercent(String personId) {
    return allocated.getOrDefault(personId, 0);
  }

  boolean overAllocated(String personId) {
    return RoleRules.isOverAllocated(allocatedPercent(personId));
  }

  /** The owner that holds on the snapshot's date, if any. */
  Optional<RoleAssignment> owner(Code code) {
    return RoleRules.current(roles.getOrDefault(code, List.of()), RoleKind.OWNER, day);
  }

  /** Who leads the element in practice: the appointed lead, or else the owner. */
  Optional<RoleRules.EffectiveLead<RoleAssignment>> effectiveLead(Code code) {
    List<RoleAssignment> on = roles.getOrDefault(code, List.of());
    return RoleRules.effectiveLead(
        RoleRules.current(on, RoleKind.OWNER, day), RoleRules.current(on, RoleKind.LEAD, day));
  }

  /** Whether the element is a gap: a published process without an owner. */
  boolean isGap(se.processkarta.model.Element e) {
    return RoleRules.isGap(e.level(), e.status(), owner(e.code()).isPresent());
  }

  Person person(String id) {
    return people.get(id);
  }

  String name(String personId) {
    Person p = people.get(personId);
    return p == null ? personId : p.name();
  }

  String poolName(String poolId) {
    ResourcePool p = pools.get(poolId);
    return p == null ? poolId : p.name();
  }

  List<ResourcePool> poolsOwnedBy(String personId) {
    return pools.values().stream()
        .filter(p -> p.ownerId().equals(personId))
        .sorted((a, b) -> a.id().compareTo(b.id()))
        .toList();
  }
}
