package se.processkarta.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * An RFC 9457 problem detail, with two extensions, each left out when it does not apply: {@code
 * errors} where one answer names several problems (each failing operation of a change, each row of
 * an import), and {@code field}, the input field the problem is about ({@code personId}).
 */
@Serdeable
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    @Nullable String instance,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<?> errors,
    @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String field) {}
