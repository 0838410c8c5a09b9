package se.processkarta.changes;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface AppUserRepository extends CrudRepository<AppUser, String> {

  List<AppUser> findAllOrderByUsername();

  /** Every user, each row locked for the rest of the transaction (PostgreSQL and H2 alike). */
  @io.micronaut.data.annotation.Query("SELECT * FROM app_user ORDER BY username FOR UPDATE")
  List<AppUser> lockAll();
}
