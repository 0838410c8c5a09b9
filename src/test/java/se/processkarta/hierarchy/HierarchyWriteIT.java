package se.processkarta.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import se.processkarta.SharedGraph;
import se.processkarta.model.Code;
import se.processkarta.model.ConflictException;
import se.processkarta.model.Element;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Level;

/**
 * The write commands keep the tree's invariants. Test elements are drafts under 3.3.8 with codes
 * from 90 up, so that they are no gap and no other test sees them.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HierarchyWriteIT implements SharedGraph {

  @Inject HierarchyService hierarchy;
  @Inject Driver driver;

  private static Element draft(String code, String name) {
    return new Element(Code.parse(code), name, null, null, null, ElementStatus.DRAFT);
  }

  private boolean exists(String code) {
    return !hierarchy.levelsOf(List.of(Code.parse(code))).isEmpty();
  }

  @Test
  void aValidProcessIsCreatedAndSortsNumericallyAmongItsSiblings() {
    hierarchy.create(ElementDraft.of(draft("3.3.8.91", "  Testprocess <script>&\"å\"  ")));
    hierarchy.create(ElementDraft.of(draft("3.3.8.100", "Testprocess hundra")));
    assertThat(hierarchy.element(Code.parse("3.3.8.91")).name())
        .isEqualTo("Testprocess <script>&\"å\"");
    List<String> children =
        hierarchy.children(Code.parse("3.3.8")).stream().map(ElementSummary::code).toList();
    assertThat(children.indexOf("3.3.8.100")).isGreaterThan(children.indexOf("3.3.8.91"));
  }

  @Test
  void aSecondElementWithTheSameCodeIsAConflict() {
    hierarchy.create(ElementDraft.of(draft("3.3.8.92", "Första")));
    assertThatThrownBy(() -> hierarchy.create(ElementDraft.of(draft("3.3.8.92", "Andra"))))
        .isInstanceOf(ConflictException.class);
    assertThat(hierarchy.element(Code.parse("3.3.8.92")).name()).isEqualTo("Första");
  }

  @Test
  void aDraftOnTheWrongLevelOrWithoutParentIsRefusedAndNotWritten() {
    Element e = draft("3.3.8.93", "Fel nivå");
    assertThatThrownBy(
            () ->
                hierarchy.create(
                    new ElementDraft(e, Optional.of(Code.parse("3.3.8")), Level.ACTIVITY)))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> hierarchy.create(ElementDraft.of(draft("3.3.97.1", "Ingen förälder"))))
        .isInstanceOf(InvalidInputException.class);
    assertThat(exists("3.3.8.93")).isFalse();
    assertThat(exists("3.3.97.1")).isFalse();
  }

  @Test
  void aBatchWithOneBadDraftWritesNoneOfIt() {
    List<ElementDraft> batch =
        List.of(
            ElementDraft.of(draft("3.3.8.94", "Bra")),
            ElementDraft.of(draft("3.3.8.94.1", "Bra aktivitet")),
            ElementDraft.of(draft("3.3.96.1", "Dålig")));
    try (var session = driver.session()) {
      assertThatThrownBy(() -> session.executeWriteWithoutResult(tx -> hierarchy.upsert(tx, batch)))
          .isInstanceOf(InvalidInputException.class);
    }
    assertThat(exists("3.3.8.94")).isFalse();
    assertThat(exists("3.3.8.94.1")).isFalse();
  }

  @Test
  void theSameCodeTwiceInOneBatchIsRefused() {
    List<ElementDraft> batch =
        List.of(
            ElementDraft.of(draft("3.3.8.95", "En")), ElementDraft.of(draft("3.3.8.95", "Två")));
    try (var session = driver.session()) {
      assertThatThrownBy(() -> session.executeWriteWithoutResult(tx -> hierarchy.upsert(tx, batch)))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("element.duplicate");
    }
    assertThat(exists("3.3.8.95")).isFalse();
  }

  @Test
  void theUniqueCodeConstraintHoldsInTheGraphItself() {
    try (var session = driver.session()) {
      assertThatThrownBy(
              () ->
                  session.executeWriteWithoutResult(
                      tx -> tx.run("CREATE (:Element {code: '3'})").consume()))
          .hasMessageContaining("already exists");
    }
  }

  @Test
  void aCachedTreeShowsAWriteAtOnce() {
    Optional<Code> root = Optional.of(Code.parse("3.3.8"));
    long stamp = hierarchy.stamp();
    assertThat(codesOf(hierarchy.tree(root, 2))).doesNotContain("3.3.8.98");
    hierarchy.create(ElementDraft.of(draft("3.3.8.98", "Syns direkt")));
    assertThat(hierarchy.stamp()).isGreaterThan(stamp);
    assertThat(codesOf(hierarchy.tree(root, 2))).contains("3.3.8.98");
  }

  private static List<String> codesOf(List<TreeNode> tree) {
    return tree.get(0).children().stream().map(TreeNode::code).toList();
  }
}
