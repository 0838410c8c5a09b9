package se.processkarta.changes;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.TestInstance;
import se.processkarta.SharedGraph;
import se.processkarta.TestPostgres;

/**
 * {@link LoginFailuresContract} on a real PostgreSQL (see {@link TestPostgres}); skipped, saying
 * why, when none answers.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LoginFailuresPostgresIT extends LoginFailuresContract implements SharedGraph {

  private final Optional<TestPostgres.Database> db = TestPostgres.fresh();

  @Override
  public Map<String, String> getProperties() {
    assumeTrue(
        db.isPresent(), "No PostgreSQL answers (PROCESSKARTA_TEST_JDBC_URL or 127.0.0.1:5432)");
    Map<String, String> p = new HashMap<>(SharedGraph.super.getProperties());
    p.putAll(db.get().properties());
    return p;
  }
}
