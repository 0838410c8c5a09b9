package se.processkarta.changes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.util.List;

/** A change request as the API shows it; {@code operations} and {@code comments} only in full. */
@Serdeable
public record ChangeView(
    long id,
    String kind,
    String title,
    @Nullable String motivation,
    String author,
    ChangeState state,
    long baseVersion,
    @Nullable Long appliedVersion,
    int operationCount,
    Instant createdAt,
    Instant updatedAt,
    @Nullable String reviewer,
    @Nullable String reviewComment,
    @Nullable List<Operation> operations,
    @Nullable List<ChangeComment> comments) {}
