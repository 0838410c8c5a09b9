package se.processkarta.roles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;

/**
 * A short summary of the roles on an element on a date. When no lead is appointed the owner is the
 * effective lead, and {@code ownerActsAsLead} says so.
 */
@Serdeable
public record RoleSummary(
    @Nullable PersonRef owner,
    @Nullable PersonRef lead,
    @Nullable PersonRef effectiveLead,
    boolean ownerActsAsLead,
    int teamSize) {

  public static RoleSummary of(PersonRef owner, PersonRef lead, int teamSize) {
    boolean ownerActs = lead == null && owner != null;
    return new RoleSummary(owner, lead, ownerActs ? owner : lead, ownerActs, teamSize);
  }
}
