package se.processkarta.web.pages;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/**
 * One operation of a change as the change page's table shows it: its number (or numbers, when two
 * operations say one thing, as ending a processledare and appointing the next do), its Swedish
 * name, what it concerns, and either a sentence that says what happens (a role: "Processledare:
 * Jenny Persson → Lena Axelsson från 2026-12-08") or each field that it sets or changes, before and
 * after, in words.
 */
public record DiffRow(
    int first, int count, String op, String subject, @Nullable String summary, List<Field> fields) {

  /** The row's number as the table shows it: {@code 3}, or {@code 1–2} for two operations. */
  public String number() {
    return count == 1 ? String.valueOf(first) : first + "–" + (first + count - 1);
  }

  public DiffRow {
    fields = List.copyOf(fields);
  }

  /** One field: its label, and its value before and after (null when it had none). */
  public record Field(String label, @Nullable String before, @Nullable String after) {

    public boolean changed() {
      return before == null ? after != null : !before.equals(after);
    }
  }
}
