package se.processkarta.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.processkarta.SharedGraph;
import se.processkarta.TestPostgres;

/**
 * The change path against a real PostgreSQL (see {@link TestPostgres}: the env variable, or the
 * local server on 127.0.0.1:5432), in a schema of its own; skipped, saying why, when none answers.
 * Also proves that the database itself keeps the audit log append-only.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ChangeFlowPostgresIT extends ChangeFlowContract implements SharedGraph {

  private final Optional<TestPostgres.Database> db = TestPostgres.fresh();

  @Override
  public Map<String, String> getProperties() {
    assumeTrue(
        db.isPresent(), "No PostgreSQL answers (PROCESSKARTA_TEST_JDBC_URL or 127.0.0.1:5432)");
    Map<String, String> p = new HashMap<>(SharedGraph.super.getProperties());
    p.putAll(db.get().properties());
    return p;
  }

  @Test
  void theAuditLogRefusesUpdateAndDelete() throws SQLException {
    anApprovedChangeIsPublishedAtOnceAsOneNewVersionWithItsAuditRows();
    TestPostgres.Database d = db.orElseThrow();
    try (var c =
            DriverManager.getConnection(
                d.properties().get("datasources.default.url"), d.user(), d.password());
        var s = c.createStatement()) {
      try (var rs = s.executeQuery("SELECT count(*) FROM audit_event")) {
        rs.next();
        assertThat(rs.getLong(1)).isPositive();
      }
      assertThatThrownBy(() -> s.executeUpdate("UPDATE audit_event SET actor = 'mallory'"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> s.executeUpdate("DELETE FROM audit_event"))
          .isInstanceOf(SQLException.class)
          .hasMessageContaining("append-only");
      assertThatThrownBy(() -> s.executeUpdate("TRUNCATE audit_event"))
          .isInstanceOf(SQLException.class);
    }
  }
}
