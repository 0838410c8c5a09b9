package se.processkarta.roles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A resource pool in a list. */
@Serdeable
public record PoolSummary(
    String id, String name, @Nullable String competence, @Nullable PersonRef owner, int members) {}
