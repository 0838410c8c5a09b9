package se.processkarta.changes;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import se.processkarta.SharedGraph;

/**
 * The JDBC layer against a real PostgreSQL, given by {@code PROCESSKARTA_TEST_JDBC_URL} (user and
 * password from {@code PROCESSKARTA_TEST_JDBC_USER} / {@code _PASSWORD}). Skipped, saying why, when
 * the variable is not set or the server does not answer.
 */
@EnabledIfEnvironmentVariable(
    named = "PROCESSKARTA_TEST_JDBC_URL",
    matches = ".+",
    disabledReason = "PROCESSKARTA_TEST_JDBC_URL is not set: no PostgreSQL to test against")
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelVersionsPostgresIT extends ModelVersionsContract implements SharedGraph {

  static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  @Override
  public Map<String, String> getProperties() {
    String url = System.getenv("PROCESSKARTA_TEST_JDBC_URL");
    String user = env("PROCESSKARTA_TEST_JDBC_USER", "postgres");
    String password = env("PROCESSKARTA_TEST_JDBC_PASSWORD", "");
    try (var c = DriverManager.getConnection(url, user, password)) {
      assumeTrue(c.isValid(5), "PostgreSQL at " + url + " does not answer");
    } catch (SQLException e) {
      assumeTrue(false, "PostgreSQL at " + url + " is not reachable: " + e.getMessage());
    }
    Map<String, String> p = new HashMap<>(SharedGraph.super.getProperties());
    p.put("datasources.default.url", url);
    p.put("datasources.default.username", user);
    p.put("datasources.default.password", password);
    p.put("datasources.default.driver-class-name", "org.postgresql.Driver");
    return p;
  }
}
