package se.processkarta.roles;

import io.micronaut.serde.annotation.Serdeable;
import java.time.LocalDate;
import java.util.List;

/** Every over-allocation on a date. */
@Serdeable
public record Conflicts(LocalDate date, List<OverAllocation> overAllocations) {

  public Conflicts {
    overAllocations = List.copyOf(overAllocations);
  }
}
