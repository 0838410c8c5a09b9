package se.processkarta.imports;

/**
 * Where in a file something is: a spreadsheet row (1 is the header, as Excel numbers them) and
 * column name, or an XML line. Zero means unknown.
 */
public record Where(int row, String column, int line) {

  /** Nowhere in particular: the file as a whole. */
  public static final Where FILE = new Where(0, null, 0);

  public static Where cell(int row, String column) {
    return new Where(row, column, 0);
  }

  public static Where row(int row) {
    return new Where(row, null, 0);
  }

  public static Where line(int line) {
    return new Where(0, null, line);
  }

  /** The same row, another column. */
  public Where column(String name) {
    return new Where(row, name, line);
  }
}
