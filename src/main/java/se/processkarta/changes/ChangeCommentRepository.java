package se.processkarta.changes;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.CrudRepository;
import java.util.List;

@JdbcRepository(dialect = Dialect.POSTGRES)
interface ChangeCommentRepository extends CrudRepository<ChangeComment, Long> {

  List<ChangeComment> findByChangeIdOrderByIdAsc(long changeId);
}
