package se.processkarta.render;

import java.util.Optional;
import se.processkarta.model.Code;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.ModelSnapshot;

/**
 * Draws the diagrams of a model snapshot as SVG. Stateless: every call builds its own document, so
 * one instance serves all threads. The same snapshot and arguments give byte-identical SVG.
 */
public final class DiagramRenderer {

  /** The deepest tree a caller may ask for: the five Klassa levels. */
  public static final int MAX_DEPTH = 5;

  /** How the tree diagram colours its boxes. */
  public enum TreeColouring {
    LEVEL,
    TYPE
  }

  /** The process map of the whole model ({@code root} empty) or of one element. */
  public String processMap(ModelSnapshot snapshot, Optional<Code> root) {
    return ProcessMapRenderer.render(snapshot, root);
  }

  /** The tree below {@code root} (or the whole model) to {@code depth} levels, root included. */
  public String tree(
      ModelSnapshot snapshot, Optional<Code> root, int depth, TreeColouring colouring) {
    if (depth < 1 || depth > MAX_DEPTH) {
      throw new InvalidInputException("render.depth", String.valueOf(depth));
    }
    return TreeRenderer.render(
        snapshot,
        root,
        depth,
        colouring == TreeColouring.TYPE
            ? TreeRenderer.Colouring.TYPE
            : TreeRenderer.Colouring.LEVEL);
  }

  /** The role matrix of the processes below {@code root} (or all of them). */
  public String roleMatrix(ModelSnapshot snapshot, Optional<Code> root) {
    return RoleMatrixRenderer.render(snapshot, root);
  }

  /** Everything one person is responsible for, with their reporting chain. */
  public String personCard(ModelSnapshot snapshot, String personId) {
    return PersonCardRenderer.render(snapshot, personId);
  }
}
