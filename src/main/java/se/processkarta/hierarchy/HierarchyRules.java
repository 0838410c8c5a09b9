package se.processkarta.hierarchy;

import java.util.Optional;
import java.util.function.Function;
import se.processkarta.model.Code;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Level;

/**
 * The tree's invariants, checked on every write path. Names are checked by {@link
 * se.processkarta.model.Element} itself; uniqueness is checked by the caller, which knows whether a
 * write creates or updates.
 */
public final class HierarchyRules {

  private HierarchyRules() {}

  /**
   * Checks where a draft goes.
   *
   * @param levelOf the level of an element that exists, or will exist after the same write
   * @throws InvalidInputException naming the broken rule
   */
  public static void checkPlacement(ElementDraft draft, Function<Code, Optional<Level>> levelOf) {
    Code code = draft.code();
    if (draft.level() == Level.BUSINESS_TYPE) {
      if (code.segments().size() != 1) {
        throw new InvalidInputException("element.level1.singleNumber", code.toString());
      }
      if (draft.parent().isPresent()) {
        throw new InvalidInputException("element.level1.noParent", code.toString());
      }
      return;
    }
    Code parent =
        draft
            .parent()
            .orElseThrow(
                () -> new InvalidInputException("element.parent.required", code.toString()));
    if (parent.equals(code) || code.isAncestorOf(parent)) {
      throw new InvalidInputException("element.cycle", code.toString(), parent.toString());
    }
    if (!code.parent().map(parent::equals).orElse(false)) {
      throw new InvalidInputException(
          "element.code.notChildOf", code.toString(), parent.toString());
    }
    Level parentLevel =
        levelOf
            .apply(parent)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                        "element.parent.missing", code.toString(), parent.toString()));
    if (draft.level().number() != parentLevel.number() + 1) {
      throw new InvalidInputException(
          "element.level.mismatch",
          code.toString(),
          String.valueOf(draft.level().number()),
          String.valueOf(parentLevel.number() + 1));
    }
  }
}
