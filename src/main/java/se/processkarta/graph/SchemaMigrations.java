package se.processkarta.graph;

import ac.simons.neo4j.migrations.core.CypherResource;
import ac.simons.neo4j.migrations.core.MigrationVersion;
import ac.simons.neo4j.migrations.core.Migrations;
import ac.simons.neo4j.migrations.core.MigrationsConfig;
import ac.simons.neo4j.migrations.core.ResourceContext;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;

/**
 * Brings the graph schema to the bundled migrations with neo4j-migrations. The tool's full run
 * (lock, connection details, chain validation) costs seconds of every start, so it is skipped when
 * the store has already recorded exactly the bundled chain: the same versions with the same
 * checksums. Anything else (a new migration, an edited one, an empty store) runs the tool, which
 * applies, validates and refuses as it always does.
 */
final class SchemaMigrations {

  static final String LOCATION = "classpath:neo4j/migrations";
  private static final String APPLIED = Cypher.load("graph/applied-migrations");

  private final Driver driver;
  private final IndexedMigrationScanner scanner = new IndexedMigrationScanner();
  private final MigrationsConfig config;

  SchemaMigrations(Driver driver) {
    this.driver = driver;
    this.config =
        MigrationsConfig.builder()
            .withLocationsToScan(LOCATION)
            .withResourceScanner(scanner)
            .build();
  }

  /** What happened at start, for the log and for tests. */
  enum Outcome {
    ALREADY_CURRENT,
    APPLIED
  }

  Outcome apply() {
    if (applied().equals(bundled())) {
      return Outcome.ALREADY_CURRENT;
    }
    new Migrations(config, driver).apply();
    return Outcome.APPLIED;
  }

  /** Version to checksum of every bundled Cypher migration. */
  Map<String, String> bundled() {
    Map<String, String> chain = new TreeMap<>();
    for (URL url : scanner.scan(List.of(LOCATION))) {
      String path = url.getPath();
      String file = path.substring(path.lastIndexOf('/') + 1);
      CypherResource resource = CypherResource.of(ResourceContext.of(url, config));
      chain.put(MigrationVersion.parse(file).getValue(), resource.getChecksum());
    }
    return chain;
  }

  /** Version to checksum of every migration the store has recorded. */
  Map<String, String> applied() {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      Map<String, String> chain = new TreeMap<>();
      for (Record r : session.executeRead(tx -> tx.run(APPLIED).list())) {
        chain.put(r.get("version").asString(), r.get("checksum").asString(null));
      }
      return chain;
    }
  }
}
