package se.processkarta.assignments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;
import java.util.Optional;

// PostgreSQL SQL for both databases: H2 runs in PostgreSQL mode (docs/adr/0001-storage-split.md).
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AssignmentRepository extends GenericRepository<AssignmentRow, Long> {

  AssignmentRow save(AssignmentRow row);

  AssignmentRow update(AssignmentRow row);

  Optional<AssignmentRow> findById(long id);

  @Query(
      "SELECT * FROM assignment WHERE (CAST(:state AS VARCHAR) IS NULL OR state = :state) AND"
          + " (CAST(:kind AS VARCHAR) IS NULL OR kind = :kind) AND (CAST(:form AS VARCHAR) IS"
          + " NULL OR form = :form) AND (CAST(:processCode AS VARCHAR) IS NULL OR process_code ="
          + " :processCode) ORDER BY start_date, id LIMIT :limit")
  List<AssignmentRow> search(
      @Nullable String state,
      @Nullable String kind,
      @Nullable String form,
      @Nullable String processCode,
      int limit);

  /** The row, locked until the transaction ends, so that two approvals never lose one. */
  @Query("SELECT * FROM assignment WHERE id = :id FOR UPDATE")
  Optional<AssignmentRow> lockById(long id);

  long count();

  /**
   * Grows with every write (a new assignment adds its first revision, every transition one more,
   * and nothing is deleted): the stamp that keys the cached drawings of all assignments.
   */
  @Query("SELECT COALESCE(SUM(revision), 0) FROM assignment")
  long revisionSum();
}
