package se.processkarta;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The PostgreSQL the JDBC tests run against: {@code PROCESSKARTA_TEST_JDBC_URL} (with {@code _USER}
 * and {@code _PASSWORD}) when set, or else a server answering on 127.0.0.1:5432 with database
 * {@code test} and user {@code postgres}, so that a plain {@code ./mvnw verify} tests it too. Each
 * caller gets a schema of its own, so that builds running at the same time do not clash.
 */
public final class TestPostgres {

  static final String LOCAL = "jdbc:postgresql://127.0.0.1:5432/test";

  private TestPostgres() {}

  public record Database(String url, String user, String password, String schema) {

    /** The datasource properties of a context that uses this database. */
    public Map<String, String> properties() {
      Map<String, String> p = new HashMap<>();
      String sep = url.contains("?") ? "&" : "?";
      p.put("datasources.default.url", url + sep + "currentSchema=" + schema);
      p.put("datasources.default.username", user);
      p.put("datasources.default.password", password);
      p.put("datasources.default.driver-class-name", "org.postgresql.Driver");
      return p;
    }
  }

  private static String env(String name, String fallback) {
    String v = System.getenv(name);
    return v == null || v.isBlank() ? fallback : v;
  }

  /** A fresh schema on the test PostgreSQL, or empty when none answers. */
  public static Optional<Database> fresh() {
    String url = env("PROCESSKARTA_TEST_JDBC_URL", LOCAL);
    String user = env("PROCESSKARTA_TEST_JDBC_USER", "postgres");
    String password = env("PROCESSKARTA_TEST_JDBC_PASSWORD", "");
    String schema = "pk_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try {
      DriverManager.setLoginTimeout(3);
      try (var c = DriverManager.getConnection(url, user, password);
          var s = c.createStatement()) {
        s.execute("CREATE SCHEMA " + schema);
      }
      return Optional.of(new Database(url, user, password, schema));
    } catch (SQLException e) {
      return Optional.empty();
    }
  }
}
