package se.processkarta.export;

import java.util.List;
import se.processkarta.model.Element;

/**
 * The one-row-per-element table that CSV and XLSX share: the columns in the order municipalities'
 * spreadsheets (and our importer) expect.
 */
final class Table {

  static final List<String> COLUMNS =
      List.of(
          "kod",
          "nivå",
          "namn",
          "beskrivning",
          "syfte",
          "mottagare",
          "status",
          "processägare",
          "processledare",
          "processteam");

  private Table() {}

  /** The cells of one row, in {@link #COLUMNS} order; absent values are empty strings. */
  static String[] row(Selection s, Element e) {
    return new String[] {
      e.code().toString(),
      String.valueOf(e.level().number()),
      e.name(),
      nz(e.description()),
      nz(e.purpose()),
      nz(e.recipient()),
      e.status().name(),
      Selection.label(s.owner(e.code())),
      Selection.label(s.lead(e.code())),
      Selection.team(s.team(e.code()))
    };
  }

  /**
   * The value as a spreadsheet should hold it so that it is never run as a formula: a value that
   * starts with {@code =}, {@code +}, {@code -} or {@code @}, after any apostrophes, gets one more
   * apostrophe in front. The rule is reversible: an importer removes one leading apostrophe when
   * apostrophes and then one of those characters follow.
   */
  static String inert(String value) {
    int i = 0;
    while (i < value.length() && value.charAt(i) == '\'') {
      i++;
    }
    if (i < value.length() && "=+-@".indexOf(value.charAt(i)) >= 0) {
      return "'" + value;
    }
    return value;
  }

  /** True when a cell starts with a character a spreadsheet might read as a formula. */
  static boolean formulaLike(String value) {
    return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
