package se.processkarta.imports;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.micronaut.context.annotation.Property;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.TestInstance;
import se.processkarta.TestPostgres;

/**
 * {@link ImportApiIT}'s import flow (round trips, hostile and broken files, nothing created from a
 * refused file) with the change requests in a real PostgreSQL, in a schema of its own; skipped,
 * saying why, when none answers.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "processkarta.import.max-rows", value = "200")
@Property(name = "micronaut.http.client.read-timeout", value = "120s")
class ImportApiPostgresIT extends ImportApiIT {

  private final Optional<TestPostgres.Database> db = TestPostgres.fresh();

  @Override
  public Map<String, String> getProperties() {
    assumeTrue(
        db.isPresent(), "No PostgreSQL answers (PROCESSKARTA_TEST_JDBC_URL or 127.0.0.1:5432)");
    Map<String, String> p = new HashMap<>(super.getProperties());
    p.putAll(db.get().properties());
    return p;
  }
}
