package se.processkarta.roles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/** A ledningsgrupp or styrgrupp, and the element it supports that led to it. */
@Serdeable
public record SteeringGroupRef(String id, String name, String kind, @Nullable String supports) {}
