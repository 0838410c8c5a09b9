package se.processkarta.changes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;

// Append-only: the repository can only save and read (no update or delete methods exist), and on
// PostgreSQL a trigger refuses UPDATE and DELETE whatever tries them.
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AuditEventRepository extends GenericRepository<AuditEvent, Long> {

  AuditEvent save(AuditEvent event);

  List<AuditEvent> saveAll(Iterable<AuditEvent> events);

  List<AuditEvent> findBySubjectOrderByIdAsc(String subject);

  List<AuditEvent> findByChangeIdOrderByIdAsc(long changeId);

  List<AuditEvent> findByCodeOrderByIdAsc(String code);

  // The filters of the log: a period, a user, an element code and a change, each optional.
  String FILTER =
      " WHERE (CAST(:from AS TIMESTAMP WITH TIME ZONE) IS NULL OR occurred_at >= :from)"
          + " AND (CAST(:to AS TIMESTAMP WITH TIME ZONE) IS NULL OR occurred_at < :to)"
          + " AND (CAST(:actor AS VARCHAR) IS NULL OR actor = :actor)"
          + " AND (CAST(:code AS VARCHAR) IS NULL OR code = :code)"
          + " AND (CAST(:changeId AS BIGINT) IS NULL OR change_id = :changeId)";

  /** A page of the filtered lines, oldest first. */
  @Query("SELECT * FROM audit_event" + FILTER + " ORDER BY id LIMIT :limit OFFSET :offset")
  List<AuditEvent> oldestFirst(
      @Nullable Instant from,
      @Nullable Instant to,
      @Nullable String actor,
      @Nullable String code,
      @Nullable Long changeId,
      int limit,
      long offset);

  /** A page of the filtered lines, newest first. */
  @Query("SELECT * FROM audit_event" + FILTER + " ORDER BY id DESC LIMIT :limit OFFSET :offset")
  List<AuditEvent> newestFirst(
      @Nullable Instant from,
      @Nullable Instant to,
      @Nullable String actor,
      @Nullable String code,
      @Nullable Long changeId,
      int limit,
      long offset);

  /** How many lines the filters find. */
  @Query("SELECT COUNT(*) FROM audit_event" + FILTER)
  long countFiltered(
      @Nullable Instant from,
      @Nullable Instant to,
      @Nullable String actor,
      @Nullable String code,
      @Nullable Long changeId);
}
