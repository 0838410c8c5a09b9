package se.processkarta.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** An RFC 9457 problem detail. */
@Serdeable
public record Problem(
    String type, String title, int status, String detail, @Nullable String instance) {}
