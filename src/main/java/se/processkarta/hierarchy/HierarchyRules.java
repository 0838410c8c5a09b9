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
    checkPlacement(draft, levelOf, "code", "parentCode");
  }

  /**
   * As {@link #checkPlacement(ElementDraft, Function)}, naming the input fields that hold the code
   * and the parent ({@code newCode} and {@code newParentCode} when an element moves).
   */
  public static void checkPlacement(
      ElementDraft draft,
      Function<Code, Optional<Level>> levelOf,
      String codeField,
      String parentField) {
    Code code = draft.code();
    if (draft.level() == Level.BUSINESS_TYPE) {
      if (code.segments().size() != 1) {
        throw new InvalidInputException("element.level1.singleNumber", code.toString())
            .at(codeField);
      }
      if (draft.parent().isPresent()) {
        throw new InvalidInputException("element.level1.noParent", code.toString()).at(parentField);
      }
      return;
    }
    Code parent =
        draft
            .parent()
            .orElseThrow(
                () ->
                    new InvalidInputException("element.parent.required", code.toString())
                        .at(parentField));
    if (parent.equals(code) || code.isAncestorOf(parent)) {
      throw new InvalidInputException("element.cycle", code.toString(), parent.toString())
          .at(parentField);
    }
    if (!code.parent().map(parent::equals).orElse(false)) {
      throw new InvalidInputException("element.code.notChildOf", code.toString(), parent.toString())
          .at(parentField);
    }
    Level parentLevel =
        levelOf
            .apply(parent)
            .orElseThrow(
                () ->
                    new InvalidInputException(
                            "element.parent.missing", code.toString(), parent.toString())
                        .at(parentField));
    if (draft.level().number() != parentLevel.number() + 1) {
      throw new InvalidInputException(
              "element.level.mismatch",
              code.toString(),
              String.valueOf(draft.level().number()),
              String.valueOf(parentLevel.number() + 1))
          .at(codeField);
    }
  }
}
