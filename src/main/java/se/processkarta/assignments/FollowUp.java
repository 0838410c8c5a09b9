package se.processkarta.assignments;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;
import java.time.LocalDate;

/** A recorded follow-up: a check-in, input to a report of the annual cycle, or the final report. */
@Serdeable
public record FollowUp(FollowUpKind kind, LocalDate date, String text, String user, Instant at) {}
