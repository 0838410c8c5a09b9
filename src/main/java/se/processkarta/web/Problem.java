package se.processkarta.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 9457 problem detail, with the extension {@code errors} where one answer names several
 * problems (each failing operation of a change, each row of an import); it is left out otherwise.
 */
@Serdeable
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    @Nullable String instance,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<?> errors) {}
