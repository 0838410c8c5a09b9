package se.processkarta.changes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One line of the append-only audit log. */
@MappedEntity("audit_event")
public record AuditEvent(
    @Id @GeneratedValue @Nullable Long id,
    Instant occurredAt,
    String actor,
    String action,
    String subject,
    @Nullable String detail) {}
