package se.processkarta.roles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A resource pool as others refer to it, with its resursägare. */
@Serdeable
public record PoolRef(
    String id, String name, @Nullable String competence, @Nullable PersonRef owner) {}
