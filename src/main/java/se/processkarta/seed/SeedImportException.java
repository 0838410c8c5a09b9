package se.processkarta.seed;

import java.util.List;
import se.processkarta.model.InvalidInputException;

/** Not a new exception type: builds the domain error that lists every problem in a seed. */
final class SeedImportException {

  private SeedImportException() {}

  static InvalidInputException of(List<SeedError> errors) {
    String lines = String.join("\n", errors.stream().limit(50).map(SeedError::toString).toList());
    return new InvalidInputException("seed.invalid", String.valueOf(errors.size()), lines);
  }
}
