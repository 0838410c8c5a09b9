package se.processkarta.roles;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * The gaps report under a root as of a date: published processes without an owner, and, as
 * information, published processes where the owner acts as processledare.
 */
@Serdeable
public record Gaps(
    @Nullable String root,
    LocalDate date,
    List<GapItem> missingOwner,
    List<GapItem> ownerActsAsLead) {

  public Gaps {
    missingOwner = List.copyOf(missingOwner);
    ownerActsAsLead = List.copyOf(ownerActsAsLead);
  }
}
