package se.processkarta.roles;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import se.processkarta.graph.Cypher;
import se.processkarta.graph.ModelStamp;
import se.processkarta.hierarchy.HierarchyService;
import se.processkarta.model.Allocation;
import se.processkarta.model.Code;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.Period;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;
import se.processkarta.model.RoleRules;

/**
 * The write side of roles: domain commands, each checked against {@link RoleRules} by the same code
 * that checks a change ({@link ModelView}). The published model is written only through the change
 * path ({@link ModelWriter}); these commands, with their own transaction, are for tests of the
 * rules.
 */
@Singleton
public class RoleCommands {

  private static final String LOCK_ELEMENT = Cypher.load("roles/lock-element");

  private final Driver driver;
  private final RoleService roles;
  private final HierarchyService hierarchy;
  private final ModelStamp stamp;

  RoleCommands(Driver driver, RoleService roles, HierarchyService hierarchy, ModelStamp stamp) {
    this.driver = driver;
    this.roles = roles;
    this.hierarchy = hierarchy;
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
    run(tx, role.element(), new ModelEdit.AssignRole(role));
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
    ModelView.Batch b = run(tx, element, new ModelEdit.EndRole(kind, element, personId, lastDay));
    return b.roles.values().iterator().next();
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
    run(tx, allocation.element(), new ModelEdit.Allocate(allocation));
    return allocation;
  }

  /**
   * Checks one edit with the change path's rules ({@link ModelView}) and writes it. The element's
   * lock is taken first, so that two commands on one element are serialised and cannot both pass
   * the "one current owner" check.
   */
  private ModelView.Batch run(TransactionContext tx, Code element, ModelEdit edit) {
    lockElement(tx, element);
    ModelView.Batch b = ModelView.load(tx, List.of(edit)).applyOrThrow(edit);
    ModelView.write(tx, b, hierarchy, roles);
    return b;
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
}
