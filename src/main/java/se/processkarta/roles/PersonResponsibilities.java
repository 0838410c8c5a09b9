package se.processkarta.roles;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/**
 * Every responsibility of a person as of a date: roles with their processes and reporting chains,
 * allocations with the total, pools owned and belonged to, and steering groups.
 */
@Serdeable
public record PersonResponsibilities(
    PersonListItem person,
    LocalDate date,
    List<Responsibility> responsibilities,
    List<AllocationView> allocations,
    int allocatedPercent,
    boolean overAllocated,
    List<PoolRef> ownsPools,
    List<PoolRef> inPools,
    List<SteeringGroupRef> steeringGroups) {

  public PersonResponsibilities {
    responsibilities = List.copyOf(responsibilities);
    allocations = List.copyOf(allocations);
    ownsPools = List.copyOf(ownsPools);
    inPools = List.copyOf(inPools);
    steeringGroups = List.copyOf(steeringGroups);
  }
}
