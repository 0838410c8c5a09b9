package se.processkarta.changes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One line of the append-only audit log: who did what, when, in which change and model version, to
 * which element ({@code code}) or person, with the state before and after as JSON.
 */
@Serdeable
@MappedEntity("audit_event")
public record AuditEvent(
    @Id @GeneratedValue @Nullable Long id,
    Instant occurredAt,
    String actor,
    String action,
    String subject,
    @Nullable String detail,
    @Nullable Long changeId,
    @Nullable Long modelVersion,
    @Nullable String code,
    @Nullable String beforeJson,
    @Nullable String afterJson) {

  /** A line that belongs to no change, such as a user being created. */
  public static AuditEvent of(
      Instant at, String actor, String action, String subject, String detail) {
    return new AuditEvent(null, at, actor, action, subject, detail, null, null, null, null, null);
  }
}
