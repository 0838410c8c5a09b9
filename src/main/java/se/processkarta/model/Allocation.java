package se.processkarta.model;

import java.util.Objects;

/** A share of a person's time given to a process from a resource pool. */
public record Allocation(String personId, Code element, String poolId, int percent, Period period) {

  public Allocation {
    personId = Ids.require(personId, "person");
    Objects.requireNonNull(element, "element");
    poolId = Ids.require(poolId, "pool");
    if (percent < 1 || percent > 100) {
      throw new InvalidInputException("allocation.percent", String.valueOf(percent)).at("percent");
    }
    Objects.requireNonNull(period, "period");
  }
}
