package se.processkarta.roles;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A share of a person's time taken by a decided assignment (uppdrag), for its period. */
@Serdeable
public record AssignmentLoad(
    String personId, long assignmentId, String title, int percent, LocalDate from, LocalDate to) {}
