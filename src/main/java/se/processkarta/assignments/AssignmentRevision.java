package se.processkarta.assignments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/** One revision of an assignment as it was recorded: never changed afterwards. */
@MappedEntity("assignment_revision")
record AssignmentRevision(
    @Id @GeneratedValue @Nullable Long id,
    long assignmentId,
    int revision,
    String state,
    String action,
    String actor,
    Instant recordedAt,
    String document) {}
