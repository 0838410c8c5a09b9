package se.processkarta.roles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;

/** A share of a person's time given to a process from a pool, for a period. */
@Serdeable
public record AllocationView(
    PersonRef person,
    String code,
    String name,
    int percent,
    LocalDate from,
    @Nullable LocalDate to,
    PoolRef pool) {}
