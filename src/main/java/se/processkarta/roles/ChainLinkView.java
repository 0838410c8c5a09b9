package se.processkarta.roles;

import io.micronaut.serde.annotation.Serdeable;

/** One step of a reporting chain: an element above and its current owner. */
@Serdeable
public record ChainLinkView(String code, String name, int level, PersonRef owner) {}
