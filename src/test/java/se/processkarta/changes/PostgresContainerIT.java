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
    p.put("processkarta.neo4j.password", SharedGraph.password());
    p.put("datasources.default.url", POSTGRES.getJdbcUrl());
    p.put("datasources.default.username", POSTGRES.getUsername());
    p.put("datasources.default.password", POSTGRES.getPassword());
    p.put("datasources.default.driver-class-name", "org.postgresql.Driver");
    try (ApplicationContext ctx = ApplicationContext.run(p, "test")) {
      Users users = ctx.getBean(Users.class);
      users.create("pg-test", "ett-långt-lösenord", "På PostgreSQL", java.util.List.of("READER"));
      assertThat(users.get("pg-test").displayName()).isEqualTo("På PostgreSQL");
      assertThat(ctx.getBean(ModelVersions.class).all()).isNotNull();
    }
  }
}
