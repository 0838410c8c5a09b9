package se.processkarta.web.http;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Documents {@code version} and {@code asOf} on an operation whose {@link
 * se.processkarta.model.VersionRef} argument {@link VersionRefBinder} binds (the argument itself is
 * hidden from the OpenAPI document).
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
@Parameter(
    name = VersionRefBinder.VERSION,
    in = ParameterIn.QUERY,
    description = "Modellversion att läsa (utelämnad: den aktuella)",
    schema = @Schema(type = "integer", format = "int64", minimum = "1"))
@Parameter(
    name = VersionRefBinder.AS_OF,
    in = ParameterIn.QUERY,
    description = "Modellen som den var detta datum, ÅÅÅÅ-MM-DD (senaste version publicerad då)",
    schema = @Schema(type = "string", format = "date"))
public @interface VersionParameters {}
