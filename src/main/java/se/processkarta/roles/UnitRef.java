package se.processkarta.roles;

import io.micronaut.serde.annotation.Serdeable;

/** An organisational unit as others refer to it. */
@Serdeable
public record UnitRef(String id, String name, String kind) {}
