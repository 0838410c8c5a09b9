package se.processkarta.assignments;

import io.micronaut.serde.annotation.Serdeable;
import java.time.Instant;

/** One step in an assignment's history: who did what, and the state it left. */
@Serdeable
public record RevisionView(
    int revision, AssignmentState state, String action, String actor, Instant at) {}
