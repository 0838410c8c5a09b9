package se.processkarta.changes;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.ApplicationContext;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.PostgreSQLContainer;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import se.processkarta.SharedGraph;

/** The JDBC layer on a throw-away PostgreSQL server. Needs Docker. */
@Testcontainers(disabledWithoutDocker = true)
class PostgresContainerIT {

  @Container
  static final PostgreSQLContainer<?> POSTGRES = new PostgreSQLContainer<>("postgres:16-alpine");

  @Test
  void versionsArePublishedOnPostgres() {
    Map<String, Object> p = new HashMap<>();
    p.put("processkarta.neo4j.uri", SharedGraph.boltUri());
    p.put("datasources.default.url", POSTGRES.getJdbcUrl());
    p.put("datasources.default.username", POSTGRES.getUsername());
    p.put("datasources.default.password", POSTGRES.getPassword());
    p.put("datasources.default.driver-class-name", "org.postgresql.Driver");
    try (ApplicationContext ctx = ApplicationContext.run(p, "test")) {
      ModelVersions versions = ctx.getBean(ModelVersions.class);
      ModelVersion v = versions.publish("test", "test", "På PostgreSQL", null);
      assertThat(versions.current()).hasValueSatisfying(c -> assertThat(c.id()).isEqualTo(v.id()));
    }
  }
}
