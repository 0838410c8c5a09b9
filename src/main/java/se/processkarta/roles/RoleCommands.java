package se.processkarta.roles;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import se.processkarta.graph.Cypher;
import se.processkarta.graph.ModelStamp;
import se.processkarta.model.Allocation;
import se.processkarta.model.Code;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.Period;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;
import se.processkarta.model.RoleRules;

/**
 * The write side of roles: domain commands, each checked against {@link RoleRules}. The published
 * model is written only through the change path ({@link ModelWriter}), which runs them in its
 * transaction; the methods with their own transaction are for tests of the rules.
 */
@Singleton
public class RoleCommands {

  private static final String LOCK_ELEMENT = Cypher.load("roles/lock-element");
  private static final String ROLES_ON = Cypher.load("roles/roles-on");
  private static final String PEOPLE_BY_ID = Cypher.load("roles/people-by-id");
  private static final String POOL_MEMBERS = Cypher.load("roles/pool-members");

  private final Driver driver;
  private final RoleService roles;
  private final ModelStamp stamp;

  RoleCommands(Driver driver, RoleService roles, ModelStamp stamp) {
    this.driver = driver;
    this.roles = roles;
    this.stamp = stamp;
  }

  /**
   * Makes a person owner of an element from a date, optionally delegated by someone (for example a
   * förvaltningschef delegating to an enhetschef).
   */
  RoleAssignment assignOwner(
      Code element, String personId, Period period, String delegatedBy, LocalDate delegatedAt) {
    return assign(
        new RoleAssignment(
            RoleKind.OWNER, element, personId, period, null, delegatedBy, delegatedAt));
  }

  RoleAssignment appointLead(Code element, String personId, Period period) {
    return assign(new RoleAssignment(RoleKind.LEAD, element, personId, period, null, null, null));
  }

  RoleAssignment endLead(Code element, String personId, LocalDate lastDay) {
    return endRole(RoleKind.LEAD, element, personId, lastDay);
  }

  RoleAssignment addTeamMember(Code element, String personId, String competence, Period period) {
    return assign(
        new RoleAssignment(
            RoleKind.TEAM_MEMBER, element, personId, period, competence, null, null));
  }

  RoleAssignment endTeamMember(Code element, String personId, LocalDate lastDay) {
    return endRole(RoleKind.TEAM_MEMBER, element, personId, lastDay);
  }

  /**
   * Gives a role, refusing a second current owner or lead (and a person twice in one team) with a
   * conflict that names who holds the role.
   */
  RoleAssignment assign(RoleAssignment role) {
    write(tx -> assign(tx, role));
    return role;
  }

  /** {@link #assign(RoleAssignment)} in the caller's transaction. */
  public RoleAssignment assign(TransactionContext tx, RoleAssignment role) {
    lockElement(tx, role.element());
    RoleRules.checkLevel(role.kind(), role.element());
    requirePeople(tx, role.personId(), role.delegatedBy());
    Map<String, String> names = new HashMap<>();
    List<RoleAssignment> stored = rolesOn(tx, role.kind(), role.element(), names);
    RoleRules.checkNoClash(stored, role, id -> names.getOrDefault(id, id));
    roles.upsert(tx, people(List.of(role), List.of()));
    return role;
  }

  /**
   * Ends a person's role of a kind on an element, with {@code lastDay} as its last (inclusive) day:
   * the role that holds on that day, or else the one that started last before it.
   */
  RoleAssignment endRole(RoleKind kind, Code element, String personId, LocalDate lastDay) {
    RoleAssignment[] ended = new RoleAssignment[1];
    write(tx -> ended[0] = endRole(tx, kind, element, personId, lastDay));
    return ended[0];
  }

  /** {@link #endRole(RoleKind, Code, String, LocalDate)} in the caller's transaction. */
  public RoleAssignment endRole(
      TransactionContext tx, RoleKind kind, Code element, String personId, LocalDate lastDay) {
    RoleAssignment[] ended = new RoleAssignment[1];
    lockElement(tx, element);
    requirePeople(tx, personId, null);
    List<RoleAssignment> held =
        rolesOn(tx, kind, element, new HashMap<>()).stream()
            .filter(r -> r.personId().equals(personId))
            .toList();
    RoleAssignment role =
        held.stream()
            .filter(r -> r.isActiveOn(lastDay))
            .findFirst()
            .or(
                () ->
                    held.stream()
                        .filter(r -> !r.period().from().isAfter(lastDay))
                        .max(Comparator.comparing(r -> r.period().from())))
            .or(() -> held.stream().min(Comparator.comparing(r -> r.period().from())))
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "roles.role.notFound." + kind.name(), personId, element.toString()));
    ended[0] = RoleRules.end(role, lastDay);
    roles.upsert(tx, people(List.of(ended[0]), List.of()));
    return ended[0];
  }

  /**
   * Allocates a share of a person's time to a process from a pool the person belongs to. An
   * allocation that takes someone above 100 % is not refused: it is reported as a conflict for the
   * resursägare and process owners to resolve together.
   */
  Allocation allocate(Allocation allocation) {
    write(tx -> allocate(tx, allocation));
    return allocation;
  }

  /** {@link #allocate(Allocation)} in the caller's transaction. */
  public Allocation allocate(TransactionContext tx, Allocation allocation) {
    lockElement(tx, allocation.element());
    RoleRules.checkAllocationLevel(allocation.element());
    requirePeople(tx, allocation.personId(), null);
    List<Record> pool = tx.run(POOL_MEMBERS, Map.of("id", allocation.poolId())).list();
    if (pool.isEmpty()) {
      throw new NotFoundException("roles.pool.notFound", allocation.poolId());
    }
    List<String> members = pool.get(0).get("members").asList(v -> v.asString());
    if (!members.contains(allocation.personId())) {
      throw new InvalidInputException(
          "allocation.notInPool", allocation.personId(), allocation.poolId());
    }
    roles.upsert(tx, people(List.of(), List.of(allocation)));
    return allocation;
  }

  private interface Work {
    void run(TransactionContext tx);
  }

  private void write(Work work) {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      session.executeWriteWithoutResult(
          tx -> {
            work.run(tx);
            stamp.bump(tx);
          });
    }
  }

  private static void lockElement(TransactionContext tx, Code element) {
    if (tx.run(LOCK_ELEMENT, Map.of("code", element.toString())).list().isEmpty()) {
      throw new NotFoundException("element.notFound", element.toString());
    }
  }

  private static void requirePeople(TransactionContext tx, String personId, String delegatedBy) {
    Set<String> wanted = new LinkedHashSet<>();
    wanted.add(personId);
    if (delegatedBy != null) {
      wanted.add(delegatedBy);
    }
    Set<String> found = new LinkedHashSet<>();
    tx.run(PEOPLE_BY_ID, Map.of("ids", List.copyOf(wanted)))
        .forEachRemaining(r -> found.add(r.get("id").asString()));
    for (String id : wanted) {
      if (!found.contains(id)) {
        throw new NotFoundException("roles.person.notFound", id);
      }
    }
  }

  private static List<RoleAssignment> rolesOn(
      TransactionContext tx, RoleKind kind, Code element, Map<String, String> names) {
    List<RoleAssignment> out = new ArrayList<>();
    for (Record r :
        tx.run(ROLES_ON, Map.of("code", element.toString(), "kind", kind.name())).list()) {
      String person = r.get("person").asString();
      names.put(person, r.get("name").asString());
      String delegatedBy = r.get("delegatedBy").asString(null);
      out.add(
          new RoleAssignment(
              kind,
              element,
              person,
              new Period(Rows.date(r.get("from")), Rows.date(r.get("to"))),
              kind == RoleKind.TEAM_MEMBER ? r.get("competence").asString(null) : null,
              kind == RoleKind.OWNER ? delegatedBy : null,
              kind == RoleKind.OWNER && delegatedBy != null
                  ? Rows.date(r.get("delegatedAt"))
                  : null));
    }
    return out;
  }

  private static ModelPeople people(List<RoleAssignment> roles, List<Allocation> allocations) {
    return new ModelPeople(List.of(), List.of(), List.of(), List.of(), roles, allocations);
  }
}
