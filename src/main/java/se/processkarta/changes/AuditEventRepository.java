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

  @Query(
      "SELECT * FROM audit_event WHERE (CAST(:from AS TIMESTAMP WITH TIME ZONE) IS NULL OR"
          + " occurred_at >= :from) AND (CAST(:to AS TIMESTAMP WITH TIME ZONE) IS NULL OR"
          + " occurred_at < :to) AND (CAST(:actor AS VARCHAR) IS NULL OR actor = :actor) AND"
          + " (CAST(:code AS VARCHAR) IS NULL OR code = :code) ORDER BY id LIMIT :limit")
  List<AuditEvent> search(
      @Nullable Instant from,
      @Nullable Instant to,
      @Nullable String actor,
      @Nullable String code,
      int limit);

  /** As {@link #search}, the newest {@code limit} lines, newest first. */
  @Query(
      "SELECT * FROM audit_event WHERE (CAST(:from AS TIMESTAMP WITH TIME ZONE) IS NULL OR"
          + " occurred_at >= :from) AND (CAST(:to AS TIMESTAMP WITH TIME ZONE) IS NULL OR"
          + " occurred_at < :to) AND (CAST(:actor AS VARCHAR) IS NULL OR actor = :actor) AND"
          + " (CAST(:code AS VARCHAR) IS NULL OR code = :code) ORDER BY id DESC LIMIT :limit")
  List<AuditEvent> searchNewest(
      @Nullable Instant from,
      @Nullable Instant to,
      @Nullable String actor,
      @Nullable String code,
      int limit);
}
