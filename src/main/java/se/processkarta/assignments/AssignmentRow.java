package se.processkarta.assignments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;
import java.time.LocalDate;

/** The current revision of an assignment: its filter columns and its document as JSON. */
@MappedEntity("assignment")
record AssignmentRow(
    @Id @GeneratedValue @Nullable Long id,
    String title,
    String kind,
    String form,
    String state,
    String responsibleId,
    String managerId,
    @Nullable String processCode,
    LocalDate startDate,
    LocalDate endDate,
    int revision,
    String createdBy,
    Instant createdAt,
    Instant updatedAt,
    String document) {}
