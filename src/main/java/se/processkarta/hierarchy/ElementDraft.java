package se.processkarta.hierarchy;

import java.util.Objects;
import java.util.Optional;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.Level;

/**
 * A command to place an element in the tree: the element, the parent it goes under (none for a
 * verksamhetstyp) and the level it claims. {@link HierarchyRules} checks that the three agree.
 */
public record ElementDraft(Element element, Optional<Code> parent, Level level) {

  public ElementDraft {
    Objects.requireNonNull(element, "element");
    Objects.requireNonNull(parent, "parent");
    Objects.requireNonNull(level, "level");
  }

  /** A draft whose parent and level follow from its code. */
  public static ElementDraft of(Element element) {
    return new ElementDraft(element, element.code().parent(), element.code().level());
  }

  public Code code() {
    return element.code();
  }
}
