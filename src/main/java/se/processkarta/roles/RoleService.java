package se.processkarta.roles;

import jakarta.inject.Singleton;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.TransactionContext;
import se.processkarta.graph.Cypher;
import se.processkarta.model.Code;
import se.processkarta.model.RoleAssignment;

/** Reads and writes the people side of the model. */
@Singleton
public class RoleService {

  private static final String UPSERT_ORG_UNITS = Cypher.load("roles/upsert-org-units");
  private static final String UPSERT_PEOPLE = Cypher.load("roles/upsert-people");
  private static final String UPSERT_POOLS = Cypher.load("roles/upsert-resource-pools");
  private static final String UPSERT_GROUPS = Cypher.load("roles/upsert-steering-groups");
  private static final String UPSERT_ROLES = Cypher.load("roles/upsert-roles");
  private static final String UPSERT_ALLOCATIONS = Cypher.load("roles/upsert-allocations");

  RoleService() {}

  /**
   * Creates or updates units, people, pools, groups, roles and allocations in the caller's
   * transaction. The model version is raised once per change by the caller (the change path). The
   * references must have been checked; this only writes.
   */
  public void upsert(TransactionContext tx, ModelPeople data) {
    if (data.isEmpty()) {
      return;
    }
    run(
        tx,
        UPSERT_ORG_UNITS,
        data.orgUnits().stream()
            .map(
                u ->
                    row(
                        "id",
                        u.id(),
                        "name",
                        u.name(),
                        "kind",
                        u.kind().name(),
                        "parent",
                        u.parentId()))
            .toList());
    run(
        tx,
        UPSERT_PEOPLE,
        data.people().stream()
            .map(
                p ->
                    row(
                        "id",
                        p.id(),
                        "name",
                        p.name(),
                        "title",
                        p.title(),
                        "email",
                        p.email(),
                        "unit",
                        p.unitId(),
                        "manager",
                        p.managerId()))
            .toList());
    run(
        tx,
        UPSERT_POOLS,
        data.resourcePools().stream()
            .map(
                p ->
                    row(
                        "id",
                        p.id(),
                        "name",
                        p.name(),
                        "competence",
                        p.competence(),
                        "owner",
                        p.ownerId(),
                        "members",
                        p.memberIds()))
            .toList());
    run(
        tx,
        UPSERT_GROUPS,
        data.steeringGroups().stream()
            .map(
                g ->
                    row(
                        "id",
                        g.id(),
                        "name",
                        g.name(),
                        "kind",
                        g.kind().name(),
                        "supports",
                        g.supports().stream().map(Code::toString).toList(),
                        "members",
                        g.memberIds()))
            .toList());
    run(tx, UPSERT_ROLES, data.roles().stream().map(RoleService::roleRow).toList());
    run(
        tx,
        UPSERT_ALLOCATIONS,
        data.allocations().stream()
            .map(
                a ->
                    row(
                        "person",
                        a.personId(),
                        "element",
                        a.element().toString(),
                        "pool",
                        a.poolId(),
                        "percent",
                        a.percent(),
                        "from",
                        a.period().from(),
                        "to",
                        a.period().to()))
            .toList());
  }

  private static Map<String, Object> roleRow(RoleAssignment r) {
    return row(
        "kind",
        r.kind().name(),
        "person",
        r.personId(),
        "element",
        r.element().toString(),
        "from",
        r.period().from(),
        "to",
        r.period().to(),
        "competence",
        r.competence(),
        "delegatedBy",
        r.delegatedBy(),
        "delegatedAt",
        r.delegatedAt());
  }

  private static void run(TransactionContext tx, String cypher, List<Map<String, Object>> rows) {
    if (!rows.isEmpty()) {
      tx.run(cypher, Map.of("rows", rows)).consume();
    }
  }

  /** A parameter row; unlike {@code Map.of} it keeps null values, which clear a property. */
  private static Map<String, Object> row(Object... keyValues) {
    Map<String, Object> row = new HashMap<>();
    for (int i = 0; i < keyValues.length; i += 2) {
      row.put((String) keyValues[i], keyValues[i + 1]);
    }
    return row;
  }
}
