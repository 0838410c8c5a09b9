package se.processkarta.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A span of days. {@code to} is the inclusive last day, or null for open-ended. A period whose
 * {@code to} is before its {@code from} is refused.
 */
public record Period(LocalDate from, LocalDate to) {

  public Period {
    Objects.requireNonNull(from, "from");
    if (to != null && to.isBefore(from)) {
      throw new InvalidInputException("period.toBeforeFrom", from.toString(), to.toString())
          .at("to");
    }
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(from) && (to == null || !day.isAfter(to));
  }

  public boolean overlaps(Period other) {
    boolean thisEndsBefore = to != null && to.isBefore(other.from);
    boolean otherEndsBefore = other.to != null && other.to.isBefore(from);
    return !thisEndsBefore && !otherEndsBefore;
  }
}
