package se.processkarta.roles;

import io.micronaut.serde.annotation.Serdeable;

/** A person as others refer to them. */
@Serdeable
public record PersonRef(String id, String name, String title) {}
