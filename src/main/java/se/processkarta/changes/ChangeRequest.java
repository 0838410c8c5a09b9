package se.processkarta.changes;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** A stored change request; its operations as JSON (for an import, what was imported). */
@MappedEntity("change_request")
record ChangeRequest(
    @Id @GeneratedValue @Nullable Long id,
    String uid,
    String kind,
    String title,
    @Nullable String motivation,
    String author,
    String state,
    long baseVersion,
    String operations,
    int operationCount,
    Instant createdAt,
    Instant updatedAt,
    @Nullable String reviewer,
    @Nullable String reviewComment,
    @Nullable Long appliedVersion) {

  static final String EDITS = "EDITS";
  static final String IMPORT = "IMPORT";
}
