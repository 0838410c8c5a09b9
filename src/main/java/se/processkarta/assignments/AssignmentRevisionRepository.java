package se.processkarta.assignments;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

// Append-only: save and read, nothing else.
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AssignmentRevisionRepository extends GenericRepository<AssignmentRevision, Long> {

  AssignmentRevision save(AssignmentRevision revision);

  List<AssignmentRevision> findByAssignmentIdOrderByRevisionAsc(long assignmentId);

  /** The last revision of each assignment recorded before {@code before}. */
  @Query(
      "SELECT r.* FROM assignment_revision r WHERE r.recorded_at < :before AND r.revision ="
          + " (SELECT MAX(x.revision) FROM assignment_revision x WHERE x.assignment_id ="
          + " r.assignment_id AND x.recorded_at < :before) ORDER BY r.assignment_id LIMIT :limit")
  List<AssignmentRevision> lastBefore(Instant before, int limit);
}
