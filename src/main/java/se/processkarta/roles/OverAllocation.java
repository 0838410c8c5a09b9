package se.processkarta.roles;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * A person allocated above 100 % on a date, with the allocations and the assignments behind it, and
 * the resursägare and process owners to involve.
 */
@Serdeable
public record OverAllocation(
    PersonRef person,
    int totalPercent,
    List<AllocationView> allocations,
    List<PersonRef> resourceOwners,
    List<PersonRef> processOwners,
    List<AssignmentLoad> assignments) {

  public OverAllocation {
    assignments = List.copyOf(assignments);
    allocations = List.copyOf(allocations);
    resourceOwners = List.copyOf(resourceOwners);
    processOwners = List.copyOf(processOwners);
  }
}
