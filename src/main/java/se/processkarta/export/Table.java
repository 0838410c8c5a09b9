package se.processkarta.export;

import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.QuoteMode;
import se.processkarta.model.Element;

/**
 * The one-row-per-element table that CSV and XLSX share: the columns in the order municipalities'
 * spreadsheets (and our importer, {@code se.processkarta.imports}) expect, and the cell rules both
 * directions share: formula-like values made inert and back, people as {@code Name [id]}.
 */
public final class Table {

  /** The columns, in this order. */
  public static final List<String> COLUMNS =
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

  /** The CSV dialect Swedish Excel reads and writes: {@code ;}, CRLF, quoted per RFC 4180. */
  public static final CSVFormat CSV =
      CSVFormat.RFC4180
          .builder()
          .setDelimiter(';')
          .setRecordSeparator("\r\n")
          .setQuoteMode(QuoteMode.MINIMAL)
          .build();

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
  public static String inert(String value) {
    int i = 0;
    while (i < value.length() && value.charAt(i) == '\'') {
      i++;
    }
    if (i < value.length() && "=+-@".indexOf(value.charAt(i)) >= 0) {
      return "'" + value;
    }
    return value;
  }

  /**
   * The value {@link #inert} was made from: one leading apostrophe is removed when apostrophes and
   * then {@code =}, {@code +}, {@code -} or {@code @} follow; any other value is returned as it is.
   */
  public static String literal(String cell) {
    int i = 0;
    while (i < cell.length() && cell.charAt(i) == '\'') {
      i++;
    }
    if (i > 0 && i < cell.length() && "=+-@".indexOf(cell.charAt(i)) >= 0) {
      return cell.substring(1);
    }
    return cell;
  }

  /** The separator between the people of a team: {@code Anna Berg [anna-berg]; Bo Ek [bo-ek]}. */
  public static final String TEAM_SEPARATOR = "; ";

  /** True when a cell starts with a character a spreadsheet might read as a formula. */
  public static boolean formulaLike(String value) {
    return !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0;
  }

  private static String nz(String s) {
    return s == null ? "" : s;
  }
}
