package se.processkarta.assignments;

import io.micronaut.serde.annotation.Serdeable;

/**
 * The answers the form suggestion is made from: how many stakeholders, whether external ones
 * (suppliers, consultants) take part, whether the result is predictable, and the investment.
 */
@Serdeable
public record FormAssessment(
    int stakeholders, boolean external, boolean predictable, Investment investment) {

  public FormAssessment {
    if (stakeholders < 1 || stakeholders > 10_000) {
      throw new se.processkarta.model.InvalidInputException(
          "assignments.field.range", "stakeholders", "1", "10000");
    }
    if (investment == null) {
      throw se.processkarta.model.InvalidInputException.required("investment");
    }
  }
}
