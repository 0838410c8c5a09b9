package se.processkarta.roles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A person in a list, with the unit they belong to. */
@Serdeable
public record PersonListItem(
    String id,
    String name,
    @Nullable String title,
    @Nullable String email,
    @Nullable UnitRef unit) {}
