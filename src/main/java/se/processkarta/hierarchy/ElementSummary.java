package se.processkarta.hierarchy;

import io.micronaut.serde.annotation.Serdeable;

/** An element in a list: code, name, level number and status. */
@Serdeable
public record ElementSummary(String code, String name, int level, String status) {}
