package se.processkarta.diagrams;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import se.processkarta.graph.Cypher;
import se.processkarta.hierarchy.HierarchyService;
import se.processkarta.model.Allocation;
import se.processkarta.model.Code;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.Period;
import se.processkarta.model.Person;
import se.processkarta.model.ResourcePool;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;

/**
 * Reads the whole published model into a {@link ModelSnapshot}: the elements through {@code
 * hierarchy}, the people side with read-only queries of its own (the roles services offered no bulk
 * read when this was written).
 */
@Singleton
class GraphSnapshots {

  private static final String PEOPLE = Cypher.load("render/snapshot-people");
  private static final String ROLES = Cypher.load("render/snapshot-roles");
  private static final String POOLS = Cypher.load("render/snapshot-pools");
  private static final String ALLOCATIONS = Cypher.load("render/snapshot-allocations");

  private final Driver driver;
  private final HierarchyService hierarchy;

  GraphSnapshots(Driver driver, HierarchyService hierarchy) {
    this.driver = driver;
    this.hierarchy = hierarchy;
  }

  ModelSnapshot read(String version, LocalDate date) {
    List<se.processkarta.model.Element> elements = List.copyOf(hierarchy.allElements().values());
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      return session.executeRead(
          tx -> {
            List<Person> people =
                tx.run(PEOPLE)
                    .list(
                        r ->
                            new Person(
                                r.get("id").asString(),
                                r.get("name").asString(),
                                r.get("title").asString(null),
                                r.get("email").asString(null),
                                r.get("unit").asString(null),
                                r.get("manager").asString(null)));
            List<RoleAssignment> roles = tx.run(ROLES).list(GraphSnapshots::role);
            List<ResourcePool> pools =
                tx.run(POOLS)
                    .list(
                        r ->
                            new ResourcePool(
                                r.get("id").asString(),
                                r.get("name").asString(),
                                r.get("competence").asString(null),
                                r.get("owner").asString(),
                                r.get("members").asList(Value::asString)));
            List<Allocation> allocations =
                tx.run(ALLOCATIONS, Map.of())
                    .list(
                        r ->
                            new Allocation(
                                r.get("person").asString(),
                                Code.parse(r.get("element").asString()),
                                r.get("pool").asString(),
                                r.get("percent").asInt(),
                                period(r)));
            return new ModelSnapshot(version, date, elements, people, roles, pools, allocations);
          });
    }
  }

  private static RoleAssignment role(Record r) {
    return new RoleAssignment(
        RoleKind.valueOf(r.get("kind").asString()),
        Code.parse(r.get("element").asString()),
        r.get("person").asString(),
        period(r),
        r.get("competence").asString(null),
        r.get("delegatedBy").asString(null),
        r.get("delegatedAt").isNull() ? null : r.get("delegatedAt").asLocalDate());
  }

  private static Period period(Record r) {
    return new Period(
        r.get("from").asLocalDate(), r.get("to").isNull() ? null : r.get("to").asLocalDate());
  }
}
