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

  /** The short form of the full roles view: the element's own owner, not an inherited one. */
  public static RoleSummary of(ElementRoles roles) {
    PersonRef owner =
        roles.owner() == null || roles.owner().inherited() ? null : roles.owner().person();
    PersonRef lead = roles.lead() == null ? null : roles.lead().person();
    PersonRef effective = roles.effectiveLead() == null ? null : roles.effectiveLead().person();
    return new RoleSummary(owner, lead, effective, roles.ownerActsAsLead(), roles.team().size());
  }
}
