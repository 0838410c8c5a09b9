package se.processkarta.changes;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.time.Instant;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface WebSessionRepository extends CrudRepository<WebSession, String> {

  @Query("DELETE FROM web_session WHERE username = :username")
  int deleteByUsername(String username);

  @Query("DELETE FROM web_session WHERE expires_at <= :now")
  int purgeBefore(Instant now);
}
