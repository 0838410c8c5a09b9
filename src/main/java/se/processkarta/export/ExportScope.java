package se.processkarta.export;

import java.util.Objects;
import java.util.Optional;
import se.processkarta.model.Code;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Level;

/**
 * What to export: the subtree under {@code root} (or the whole model) to {@code depth} levels, the
 * root's own level counted as the first, as the tree diagram counts them.
 */
public record ExportScope(Optional<Code> root, int depth) {

  public static final int MAX_DEPTH = Level.values().length;

  public ExportScope {
    Objects.requireNonNull(root, "root");
    if (depth < 1 || depth > MAX_DEPTH) {
      throw new InvalidInputException("export.depth", String.valueOf(depth));
    }
  }

  /** Everything. */
  public static ExportScope all() {
    return new ExportScope(Optional.empty(), MAX_DEPTH);
  }

  /** Everything under {@code root}. */
  public static ExportScope under(Code root) {
    return new ExportScope(Optional.of(root), MAX_DEPTH);
  }

  /** The file name without extension: {@code processkarta} or {@code processkarta-3.5}. */
  public String baseName() {
    return root.map(c -> "processkarta-" + c).orElse("processkarta");
  }
}
