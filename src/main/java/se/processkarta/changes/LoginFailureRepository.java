package se.processkarta.changes;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface LoginFailureRepository extends CrudRepository<LoginFailure, String> {

  /** Counts one more failure in a window that began after {@code since}; 0 when there is none. */
  @Query(
      "UPDATE login_failure SET failures = failures + 1, last_at = :now"
          + " WHERE attempt_key = :attemptKey AND first_at > :since")
  int countAnother(String attemptKey, Instant now, Instant since);

  /** Starts a new window at {@code now} over one that began at or before {@code since}. */
  @Query(
      "UPDATE login_failure SET failures = 1, first_at = :now, last_at = :now"
          + " WHERE attempt_key = :attemptKey AND first_at <= :since")
  int startAgain(String attemptKey, Instant now, Instant since);

  @Query("DELETE FROM login_failure WHERE last_at <= :since")
  int purgeBefore(Instant since);
}
