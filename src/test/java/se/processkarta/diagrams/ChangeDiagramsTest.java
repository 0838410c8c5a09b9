package se.processkarta.diagrams;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.processkarta.model.Code;
import se.processkarta.render.DiffRenderer;

/** The JSON diff of a change read as marks: which element, what happened, and what it was. */
class ChangeDiagramsTest {

  private static Map<String, Object> op(
      String op, String subject, Map<String, Object> before, Map<String, Object> after) {
    Map<String, Object> m = new HashMap<>();
    m.put("op", op);
    m.put("subject", subject);
    m.put("before", before);
    m.put("after", after);
    return m;
  }

  @Test
  void eachElementOperationBecomesItsMarkAndARoleEditMarksItsElementChanged() {
    Map<String, Object> diff =
        Map.of(
            "operations",
            List.of(
                op("createElement", "3.1.9", null, Map.of("code", "3.1.9", "name", "Ny")),
                op(
                    "updateElement",
                    "3.1.1",
                    Map.of("code", "3.1.1", "name", "Gammal"),
                    Map.of("code", "3.1.1", "name", "Ny & <b>")),
                op(
                    "moveElement",
                    "3.1.2",
                    Map.of("code", "3.1.2", "name", "Flytt"),
                    Map.of("code", "3.2.7", "name", "Flytt")),
                op(
                    "retireElement",
                    "3.1.3",
                    Map.of("code", "3.1.3", "name", "Bort", "status", "PUBLISHED"),
                    Map.of("code", "3.1.3", "name", "Bort", "status", "RETIRED")),
                op("assignRole", "3.1.4", null, Map.of("person", "p"))));
    List<DiffRenderer.Mark> marks = ChangeDiagrams.marks(diff);
    assertThat(marks)
        .containsExactly(
            new DiffRenderer.Mark(DiffRenderer.Kind.ADDED, Code.parse("3.1.9"), "Ny", null, null),
            new DiffRenderer.Mark(
                DiffRenderer.Kind.CHANGED,
                Code.parse("3.1.1"),
                "Ny & <b>",
                null,
                Optional.of("Gammal")),
            new DiffRenderer.Mark(
                DiffRenderer.Kind.MOVED,
                Code.parse("3.2.7"),
                "Flytt",
                Optional.of(Code.parse("3.1.2")),
                null),
            new DiffRenderer.Mark(
                DiffRenderer.Kind.RETIRED, Code.parse("3.1.3"), "Bort", null, null),
            new DiffRenderer.Mark(
                DiffRenderer.Kind.CHANGED, Code.parse("3.1.4"), null, null, null));
  }

  @Test
  void aDiffWithoutElementsGivesNoMarks() {
    assertThat(ChangeDiagrams.marks(Map.of("operations", List.of()))).isEmpty();
    assertThat(
            ChangeDiagrams.marks(
                Map.of("operations", List.of(op("createPerson", "anna", null, Map.of())))))
        .isEmpty();
  }

  @Test
  void aLeadHandedOverIsOneLineInWordsOnTheProcessInTheDrawing() {
    Map<String, Object> end = op("endRole", "3.5.2.1", null, null);
    end.put(
        "role",
        Map.of(
            "kind",
            "LEAD",
            "personId",
            "jenny-persson",
            "name",
            "Jenny Persson",
            "from",
            "2024-01-01",
            "to",
            "2026-12-07",
            "ended",
            true));
    Map<String, Object> start = op("assignRole", "3.5.2.1", null, null);
    start.put(
        "role",
        Map.of(
            "kind",
            "LEAD",
            "personId",
            "lena-axelsson",
            "name",
            "Lena Axelsson",
            "from",
            "2026-12-08",
            "ended",
            false));
    List<DiffRenderer.Mark> marks = ChangeDiagrams.marks(Map.of("operations", List.of(end, start)));
    assertThat(marks).hasSize(1);
    assertThat(marks.get(0).code()).isEqualTo(Code.parse("3.5.2.1"));
    assertThat(marks.get(0).roles())
        .containsExactly("Processledare: Jenny Persson → Lena Axelsson från 2026-12-08");
  }
}
