package se.processkarta.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A person's role on an element for a period. Team members carry a competence; an owner may record
 * who delegated the ownership to them and when.
 */
public record RoleAssignment(
    RoleKind kind,
    Code element,
    String personId,
    Period period,
    String competence,
    String delegatedBy,
    LocalDate delegatedAt) {

  public RoleAssignment {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(element, "element");
    personId = Ids.require(personId, "person");
    Objects.requireNonNull(period, "period");
    competence = Ids.optional(competence, "competence");
    delegatedBy = Ids.optional(delegatedBy, "delegatedBy");
    if (kind == RoleKind.TEAM_MEMBER && competence == null) {
      throw InvalidInputException.required("competence");
    }
    if (kind != RoleKind.TEAM_MEMBER && competence != null) {
      throw new InvalidInputException("role.competenceOnlyForTeam", kind.name()).at("competence");
    }
    if (delegatedBy != null && kind != RoleKind.OWNER) {
      throw new InvalidInputException("role.delegationOnlyForOwner", kind.name()).at("delegatedBy");
    }
    if (delegatedBy != null && delegatedAt == null) {
      throw InvalidInputException.required("delegatedAt");
    }
  }

  public boolean isActiveOn(LocalDate day) {
    return period.contains(day);
  }
}
