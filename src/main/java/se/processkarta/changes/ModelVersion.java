package se.processkarta.changes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/**
 * One published version of the model: its number (the graph's model version), the change that made
 * it and who wrote that change, when, and a short summary.
 */
@Serdeable
@MappedEntity("model_version")
public record ModelVersion(
    @Id @GeneratedValue @Nullable Long id,
    Instant createdAt,
    String source,
    String summary,
    @Nullable String contentHash,
    @Nullable Long number,
    @Nullable Long changeId,
    @Nullable String author) {}
