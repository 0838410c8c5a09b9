package se.processkarta.roles;

import io.micronaut.serde.annotation.Serdeable;

/**
 * Who leads an element in practice: the appointed processledare ({@code APPOINTED}) or, when none
 * is appointed, the owner ({@code OWNER}); {@code note} says so in the reader's language.
 */
@Serdeable
public record EffectiveLeadView(PersonRef person, String basis, String note) {}
