package se.processkarta.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ac.simons.neo4j.migrations.core.MigrationsException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.neo4j.driver.GraphDatabase;

/**
 * The start-up shortcut must only skip neo4j-migrations when the store holds exactly the bundled
 * chain: a fresh store is migrated, a current one is left alone, and an edited migration still
 * reaches the tool, which refuses it.
 */
class SchemaMigrationsIT {

  @Test
  void migratesOnceThenSkipsAndStillRefusesAnEditedMigration(@TempDir Path dir) {
    try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(dir);
        var driver = GraphDatabase.driver(server.boltUri(), server.authToken())) {
      SchemaMigrations migrations = new SchemaMigrations(driver);
      assertThat(migrations.bundled()).containsOnlyKeys("0001", "0002", "0003", "0004", "0005");

      assertThat(migrations.apply()).isEqualTo(SchemaMigrations.Outcome.APPLIED);
      assertThat(migrations.applied()).isEqualTo(migrations.bundled());
      try (var session = driver.session()) {
        assertThat(
                session
                    .run(
                        "SHOW CONSTRAINTS YIELD labelsOrTypes WHERE 'Element' IN labelsOrTypes"
                            + " RETURN count(*) AS n")
                    .single()
                    .get("n")
                    .asLong())
            .isPositive();
      }

      assertThat(migrations.apply()).isEqualTo(SchemaMigrations.Outcome.ALREADY_CURRENT);

      try (var session = driver.session()) {
        session.run("MATCH (m:__Neo4jMigration {version: '0001'}) SET m.checksum = '0'").consume();
      }
      assertThatThrownBy(migrations::apply)
          .isInstanceOf(MigrationsException.class)
          .hasMessageContaining("0001");
    }
  }
}
