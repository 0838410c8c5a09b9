package se.processkarta.roles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A member of a processteam with their competence and period. */
@Serdeable
public record TeamMemberView(
    PersonRef person, String competence, LocalDate from, @Nullable LocalDate to) {}
