package se.processkarta.changes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One comment in a change request's thread. */
@Serdeable
@MappedEntity("change_comment")
public record ChangeComment(
    @Id @GeneratedValue @Nullable Long id,
    long changeId,
    String author,
    Instant createdAt,
    String body) {}
