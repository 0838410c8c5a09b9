package se.processkarta.imports;

import java.util.List;
import se.processkarta.model.ProcesskartaException;

/**
 * A file that cannot become a change request, with every problem found in it. Nothing is created
 * when this is thrown. {@link Kind} decides the answer: a file that cannot be read (400), one whose
 * rows break the model's rules (422), or one above a limit (413).
 */
public final class ImportRejectedException extends ProcesskartaException {

  private static final long serialVersionUID = 1L;

  /** Why the file is refused. */
  public enum Kind {
    UNREADABLE,
    INVALID,
    TOO_LARGE
  }

  private final Kind kind;
  private final transient List<ImportProblem> problems;

  public ImportRejectedException(Kind kind, List<ImportProblem> problems) {
    super("import.rejected", String.valueOf(problems.size()));
    this.kind = kind;
    this.problems = List.copyOf(problems);
  }

  public static ImportRejectedException unreadable(Where where, String key, String... args) {
    return new ImportRejectedException(
        Kind.UNREADABLE, List.of(ImportProblem.at(where, key, args)));
  }

  public static ImportRejectedException tooLarge(String key, String... args) {
    return new ImportRejectedException(
        Kind.TOO_LARGE, List.of(ImportProblem.at(Where.FILE, key, args)));
  }

  public Kind kind() {
    return kind;
  }

  public List<ImportProblem> problems() {
    return problems;
  }
}
