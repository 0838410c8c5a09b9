package se.processkarta.roles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * One role a person holds as of a date, on which element, and whom it reports to: for an owner the
 * owners above the element, for a lead or team member the element's own owner first.
 */
@Serdeable
public record Responsibility(
    String kind,
    String code,
    String name,
    int level,
    String status,
    LocalDate from,
    @Nullable LocalDate to,
    @Nullable String competence,
    @Nullable PersonRef delegatedBy,
    @Nullable LocalDate delegatedAt,
    List<ChainLinkView> reportsTo) {

  public Responsibility {
    reportsTo = List.copyOf(reportsTo);
  }
}
