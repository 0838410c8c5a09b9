package se.processkarta.roles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A published process in the gaps report, with its owner when it has one. */
@Serdeable
public record GapItem(String code, String name, @Nullable PersonRef owner) {}
