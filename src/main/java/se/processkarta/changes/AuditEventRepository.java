package se.processkarta.changes;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

// Append-only by use: the service only ever saves and reads.
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditEventRepository extends CrudRepository<AuditEvent, Long> {

  List<AuditEvent> findBySubjectOrderByIdAsc(String subject);
}
