package se.processkarta.hierarchy;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Level;

class HierarchyRulesTest {

  private static final Map<Code, Level> STORED =
      Map.of(
          Code.parse("3"), Level.BUSINESS_TYPE,
          Code.parse("3.5"), Level.BUSINESS_AREA,
          Code.parse("3.5.4"), Level.PROCESS_GROUP);

  private static void check(String code, String parent, Level level) {
    Element e = new Element(Code.parse(code), "Namn", null, null, null, null);
    ElementDraft d = new ElementDraft(e, Optional.ofNullable(parent).map(Code::parse), level);
    HierarchyRules.checkPlacement(d, c -> Optional.ofNullable(STORED.get(c)));
  }

  private static void refused(String code, String parent, Level level, String key) {
    assertThatThrownBy(() -> check(code, parent, level))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageStartingWith(key);
  }

  @Test
  void aProcessUnderItsProcessGroupIsAccepted() {
    assertThatCode(() -> check("3.5.4.2", "3.5.4", Level.PROCESS)).doesNotThrowAnyException();
    assertThatCode(() -> check("4", null, Level.BUSINESS_TYPE)).doesNotThrowAnyException();
  }

  @Test
  void aChildsLevelIsItsParentsLevelPlusOne() {
    refused("3.5.4.2", "3.5.4", Level.ACTIVITY, "element.level.mismatch");
  }

  @Test
  void aChildsCodeIsItsParentsCodePlusOneSegment() {
    refused("3.5.5.2", "3.5.4", Level.PROCESS, "element.code.notChildOf");
  }

  @Test
  void level1CodesAreSingleNumbersWithoutParent() {
    refused("3.6", null, Level.BUSINESS_TYPE, "element.level1.singleNumber");
    refused("4", "3", Level.BUSINESS_TYPE, "element.level1.noParent");
  }

  @Test
  void aParentMustExist() {
    refused("3.5.9.1", "3.5.9", Level.PROCESS, "element.parent.missing");
    refused("3.5.9.1", null, Level.PROCESS, "element.parent.required");
  }

  @Test
  void anElementCannotGoUnderItselfOrItsOwnDescendant() {
    refused("3.5.4", "3.5.4", Level.PROCESS_GROUP, "element.cycle");
    refused("3.5", "3.5.4", Level.BUSINESS_AREA, "element.cycle");
  }
}
