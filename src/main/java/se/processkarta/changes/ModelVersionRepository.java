package se.processkarta.changes;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;
import java.util.Optional;

// POSTGRES dialect for H2 too: SQL is generated at compile time, and H2 runs in PostgreSQL mode.
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ModelVersionRepository extends CrudRepository<ModelVersion, Long> {

  Optional<ModelVersion> findFirstOrderByIdDesc();

  List<ModelVersion> findAllOrderByNumberAsc();

  Optional<ModelVersion> findByNumber(long number);
}
