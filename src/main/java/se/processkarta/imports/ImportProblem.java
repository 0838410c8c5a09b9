package se.processkarta.imports;

import java.util.List;

/** One thing wrong with an imported file: where, and why as a message key with its arguments. */
public record ImportProblem(Where where, String messageKey, List<String> arguments) {

  public ImportProblem {
    arguments = List.copyOf(arguments);
  }

  public static ImportProblem at(Where where, String key, String... arguments) {
    return new ImportProblem(where, key, List.of(arguments));
  }
}
