package se.processkarta.changes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One published version of the model: what produced it, when, and a short summary. */
@MappedEntity("model_version")
public record ModelVersion(
    @Id @GeneratedValue @Nullable Long id,
    Instant createdAt,
    String source,
    String summary,
    @Nullable String contentHash) {}
