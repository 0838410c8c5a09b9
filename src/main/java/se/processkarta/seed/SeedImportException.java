package se.processkarta.seed;

import java.util.List;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Messages;

/** Not a new exception type: builds the domain error that lists every problem in a seed. */
final class SeedImportException {

  private SeedImportException() {}

  /** The first ones shown; a seed with 279,794 errors still gets a readable message. */
  static final int SHOWN = 50;

  static InvalidInputException of(List<SeedError> errors) {
    String lines =
        String.join("\n", errors.stream().limit(SHOWN).map(SeedError::toString).toList());
    if (errors.size() > SHOWN) {
      lines +=
          "\n"
              + Messages.format(
                  Messages.SWEDISH, "seed.more", List.of(String.valueOf(errors.size() - SHOWN)));
    }
    return new InvalidInputException("seed.invalid", String.valueOf(errors.size()), lines);
  }
}
