package se.processkarta.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.neo4j.driver.Driver;
import se.processkarta.SharedGraph;
import se.processkarta.changes.apply.EditsRejectedException;
import se.processkarta.changes.apply.ModelEdit;
import se.processkarta.changes.apply.ModelWriter;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Level;

/**
 * The tree's invariants hold on the one write path: a change's edits through {@link ModelWriter},
 * and the element upsert it writes with. Test elements are drafts under 3.3.8 with codes from 90
 * up, so that they are no gap and no other test sees them.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HierarchyWriteIT implements SharedGraph {

  @Inject HierarchyService hierarchy;
  @Inject ModelWriter writer;
  @Inject Driver driver;

  /** Creates an element as a change of its own. */
  private void create(Element e) {
    writer.apply(
        UUID.randomUUID().toString(), List.of(new ModelEdit.CreateElement(e, e.code().parent())));
  }

  /** The reason a refused change gives for its one edit. */
  private static String refusal(Runnable change) {
    Throwable t = catchThrowable(change::run);
    assertThat(t).isInstanceOf(EditsRejectedException.class);
    return ((EditsRejectedException) t).failures().get(0).messageKey();
  }

  private static Element draft(String code, String name) {
    return new Element(Code.parse(code), name, null, null, null, ElementStatus.DRAFT);
  }

  private boolean exists(String code) {
    return !hierarchy.levelsOf(List.of(Code.parse(code))).isEmpty();
  }

  @Test
  void aValidProcessIsCreatedAndSortsNumericallyAmongItsSiblings() {
    create((draft("3.3.8.61", "  Testprocess <script>&\"å\"  ")));
    create((draft("3.3.8.161", "Testprocess hundra")));
    assertThat(hierarchy.element(Code.parse("3.3.8.61")).name())
        .isEqualTo("Testprocess <script>&\"å\"");
    List<String> children =
        hierarchy.children(Code.parse("3.3.8")).stream().map(ElementSummary::code).toList();
    assertThat(children.indexOf("3.3.8.161")).isGreaterThan(children.indexOf("3.3.8.61"));
  }

  @Test
  void aSecondElementWithTheSameCodeIsAConflict() {
    create((draft("3.3.8.62", "Första")));
    assertThat(refusal(() -> create(draft("3.3.8.62", "Andra")))).isEqualTo("element.exists");
    assertThat(hierarchy.element(Code.parse("3.3.8.62")).name()).isEqualTo("Första");
  }

  @Test
  void aDraftOnTheWrongLevelOrWithoutParentIsRefusedAndNotWritten() {
    Element e = draft("3.3.8.63", "Fel nivå");
    try (var session = driver.session()) {
      assertThatThrownBy(
              () ->
                  session.executeWriteWithoutResult(
                      tx ->
                          hierarchy.upsert(
                              tx,
                              List.of(
                                  new ElementDraft(
                                      e, Optional.of(Code.parse("3.3.8")), Level.ACTIVITY)))))
          .isInstanceOf(InvalidInputException.class);
    }
    assertThat(refusal(() -> create(draft("3.3.97.1", "Ingen förälder"))))
        .isEqualTo("element.parent.missing");
    assertThat(exists("3.3.8.63")).isFalse();
    assertThat(exists("3.3.97.1")).isFalse();
  }

  @Test
  void aBatchWithOneBadDraftWritesNoneOfIt() {
    List<ElementDraft> batch =
        List.of(
            ElementDraft.of(draft("3.3.8.64", "Bra")),
            ElementDraft.of(draft("3.3.8.64.1", "Bra aktivitet")),
            ElementDraft.of(draft("3.3.96.1", "Dålig")));
    try (var session = driver.session()) {
      assertThatThrownBy(() -> session.executeWriteWithoutResult(tx -> hierarchy.upsert(tx, batch)))
          .isInstanceOf(InvalidInputException.class);
    }
    assertThat(exists("3.3.8.64")).isFalse();
    assertThat(exists("3.3.8.64.1")).isFalse();
  }

  @Test
  void theSameCodeTwiceInOneBatchIsRefused() {
    List<ElementDraft> batch =
        List.of(
            ElementDraft.of(draft("3.3.8.65", "En")), ElementDraft.of(draft("3.3.8.65", "Två")));
    try (var session = driver.session()) {
      assertThatThrownBy(() -> session.executeWriteWithoutResult(tx -> hierarchy.upsert(tx, batch)))
          .isInstanceOf(InvalidInputException.class)
          .hasMessageStartingWith("element.duplicate");
    }
    assertThat(exists("3.3.8.65")).isFalse();
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
    assertThat(codesOf(hierarchy.tree(root, 2))).doesNotContain("3.3.8.68");
    create((draft("3.3.8.68", "Syns direkt")));
    assertThat(hierarchy.stamp()).isGreaterThan(stamp);
    assertThat(codesOf(hierarchy.tree(root, 2))).contains("3.3.8.68");
  }

  private static List<String> codesOf(List<TreeNode> tree) {
    return tree.get(0).children().stream().map(TreeNode::code).toList();
  }
}
