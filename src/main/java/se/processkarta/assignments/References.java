package se.processkarta.assignments;

import jakarta.inject.Singleton;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import se.processkarta.graph.Cypher;

/** Reads the people and processes an assignment names from the graph; never writes it. */
@Singleton
class References {

  private static final String REFERENCES = Cypher.load("assignments/references");
  private static final String UNIT_AND_BELOW = Cypher.load("assignments/unit-and-below");

  /** A person as the organisation has them: name, unit and närmaste chef (null when none). */
  record PersonFacts(String id, String name, String unitId, String unitName, String managerId) {}

  /** An element as the graph has it. */
  record ElementFacts(String code, String name, int level) {}

  /** The people and elements found; missing ones are simply absent. */
  record Found(Map<String, PersonFacts> people, Map<String, ElementFacts> elements) {}

  private final Driver driver;

  References(Driver driver) {
    this.driver = driver;
  }

  Found find(Collection<String> personIds, Collection<String> codes) {
    Record r =
        read(
            REFERENCES,
            Map.of("people", List.copyOf(Set.copyOf(personIds)), "codes", List.copyOf(codes)));
    Map<String, PersonFacts> people = new HashMap<>();
    for (Value v : r.get("people").values()) {
      people.put(
          v.get("id").asString(),
          new PersonFacts(
              v.get("id").asString(),
              v.get("name").asString(),
              v.get("unitId").isNull() ? null : v.get("unitId").asString(),
              v.get("unitName").isNull() ? null : v.get("unitName").asString(),
              v.get("managerId").isNull() ? null : v.get("managerId").asString()));
    }
    Map<String, ElementFacts> elements = new HashMap<>();
    for (Value v : r.get("elements").values()) {
      elements.put(
          v.get("code").asString(),
          new ElementFacts(
              v.get("code").asString(), v.get("name").asString(), v.get("level").asInt()));
    }
    return new Found(people, elements);
  }

  /** The unit and the units below it; empty when there is no such unit. */
  Set<String> unitAndBelow(String unit) {
    return Set.copyOf(
        read(UNIT_AND_BELOW, Map.of("unit", unit)).get("units").asList(Value::asString));
  }

  private Record read(String cypher, Map<String, Object> params) {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      return session.executeRead(tx -> tx.run(cypher, params).single());
    }
  }
}
