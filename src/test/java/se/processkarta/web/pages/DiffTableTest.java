package se.processkarta.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.processkarta.changes.RoleDiff;

/** The review's table says what a role operation does in words, not as the diff's records. */
class DiffTableTest {

  private static final Locale SV = Locale.forLanguageTag("sv");

  private static Map<String, Object> role(String person, String name, String from, String to) {
    Map<String, Object> r = new HashMap<>();
    r.put("person", person);
    r.put("name", name);
    r.put("from", from);
    r.put("to", to);
    r.put("competence", null);
    return r;
  }

  /** A role operation as ChangeService.diff tells it, with what it did under "role". */
  private static Map<String, Object> op(
      int index, String op, String kind, List<Object> before, List<Object> after) {
    Map<String, Object> b = Map.of("kind", kind, "roles", before);
    Map<String, Object> a = Map.of("kind", kind, "roles", after);
    return Map.of(
        "index",
        index,
        "op",
        op,
        "subject",
        "3.5.2.1",
        "before",
        b,
        "after",
        a,
        "role",
        RoleDiff.of(op, b, a).orElseThrow().toMap());
  }

  private final Map<String, Object> endJenny =
      op(
          0,
          "endRole",
          "LEAD",
          List.of(role("jenny-persson", "Jenny Persson", "2024-01-01", null)),
          List.of(role("jenny-persson", "Jenny Persson", "2024-01-01", "2026-12-07")));

  private final Map<String, Object> appointLena =
      op(
          1,
          "assignRole",
          "LEAD",
          List.of(role("lena-axelsson", "Lena Axelsson", "2021-08-01", "2023-12-31")),
          List.of(
              role("lena-axelsson", "Lena Axelsson", "2021-08-01", "2023-12-31"),
              role("lena-axelsson", "Lena Axelsson", "2026-12-08", null)));

  @Test
  void endingALeadAndAppointingTheNextTheDayAfterReadsAsOneReplacement() {
    List<DiffRow> rows =
        DiffTable.rows(Map.of("operations", List.of(endJenny, appointLena)), SV, new WebMessages());
    assertThat(rows).hasSize(1);
    DiffRow row = rows.get(0);
    assertThat(row.number()).isEqualTo("1–2");
    assertThat(row.op()).isEqualTo("Byt processledare");
    assertThat(row.summary())
        .isEqualTo("Processledare: Jenny Persson → Lena Axelsson från 2026-12-08");
    assertThat(row.fields()).isEmpty();
  }

  @Test
  void aRoleAloneIsASentenceWithTheNameAndTheDay() {
    List<DiffRow> rows =
        DiffTable.rows(Map.of("operations", List.of(appointLena, endJenny)), SV, new WebMessages());
    assertThat(rows)
        .extracting(DiffRow::summary)
        .containsExactly(
            "Processledare: Lena Axelsson från 2026-12-08",
            "Processledare: Jenny Persson till och med 2026-12-07");
    assertThat(rows.toString()).doesNotContain("lena-axelsson", "LEAD", "Från och med");
  }

  @Test
  void anElementChangeStillListsItsFieldsBeforeAndAfter() {
    Map<String, Object> rename =
        Map.of(
            "index",
            0,
            "op",
            "updateElement",
            "subject",
            "3.5.2.1",
            "before",
            Map.of("name", "Placera barn"),
            "after",
            Map.of("name", "Placera barn i förskola"));
    DiffRow row =
        DiffTable.rows(Map.of("operations", List.of(rename)), SV, new WebMessages()).get(0);
    assertThat(row.summary()).isNull();
    assertThat(row.fields())
        .containsExactly(new DiffRow.Field("Namn", "Placera barn", "Placera barn i förskola"));
  }
}
