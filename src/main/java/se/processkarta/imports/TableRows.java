package se.processkarta.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import se.processkarta.export.Table;

/**
 * The rules CSV and XLSX share: the header must be the export's columns in the export's order, and
 * each data row becomes an {@link Imported.Row}. Rows are counted against the limit as they are
 * read, so a file with too many rows is refused before the rest of it is looked at.
 */
final class TableRows {

  private final int maxRows;
  private final List<Imported.Row> rows = new ArrayList<>();
  private final List<ImportProblem> problems = new ArrayList<>();
  private boolean headerSeen;

  TableRows(int maxRows) {
    this.maxRows = maxRows;
  }

  /**
   * Takes one row of the sheet. {@code number} is the row's number as a spreadsheet shows it (the
   * header is 1); blank rows are skipped.
   */
  void add(int number, List<String> cells) {
    if (!headerSeen) {
      header(number, cells);
      headerSeen = true;
      return;
    }
    if (cells.stream().allMatch(c -> c == null || c.isBlank())) {
      return;
    }
    if (rows.size() >= maxRows) {
      throw ImportRejectedException.tooLarge(
          "import.tooManyRows", String.valueOf(maxRows), String.valueOf(number));
    }
    if (cells.size() > Table.COLUMNS.size()
        && cells.subList(Table.COLUMNS.size(), cells.size()).stream()
            .anyMatch(c -> c != null && !c.isBlank())) {
      problems.add(
          ImportProblem.at(
              Where.row(number),
              "import.extraCells",
              String.valueOf(Table.COLUMNS.size()),
              String.valueOf(cells.size())));
    }
    String[] v = new String[Table.COLUMNS.size()];
    for (int i = 0; i < v.length; i++) {
      v[i] = i < cells.size() && cells.get(i) != null ? cells.get(i) : "";
    }
    Where w = Where.row(number);
    rows.add(new Imported.Row(w, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]));
  }

  private void header(int number, List<String> cells) {
    List<String> found = new ArrayList<>();
    for (String c : cells) {
      found.add(c == null ? "" : c.strip().toLowerCase(Locale.ROOT));
    }
    while (!found.isEmpty() && found.get(found.size() - 1).isEmpty()) {
      found.remove(found.size() - 1);
    }
    if (found.equals(Table.COLUMNS)) {
      return;
    }
    String expected = String.join(";", Table.COLUMNS);
    if (found.size() == 1 && found.get(0).contains(",")) {
      throw ImportRejectedException.unreadable(
          Where.row(number), "import.header.separator", expected);
    }
    List<ImportProblem> out = new ArrayList<>();
    for (int i = 0; i < Table.COLUMNS.size(); i++) {
      String want = Table.COLUMNS.get(i);
      String got = i < found.size() ? found.get(i) : "";
      if (!want.equals(got)) {
        String key = found.contains(want) ? "import.header.moved" : "import.header.missing";
        out.add(
            ImportProblem.at(
                Where.cell(number, want), key, want, String.valueOf(i + 1), got, expected));
      }
    }
    for (int i = Table.COLUMNS.size(); i < found.size(); i++) {
      out.add(
          ImportProblem.at(
              Where.cell(number, found.get(i)), "import.header.extra", found.get(i), expected));
    }
    throw new ImportRejectedException(ImportRejectedException.Kind.UNREADABLE, out);
  }

  /** The rows read, or every problem found. */
  Imported result() {
    if (!headerSeen) {
      throw ImportRejectedException.unreadable(Where.FILE, "import.empty");
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(ImportRejectedException.Kind.INVALID, problems);
    }
    return new Imported(rows, Imported.Carried.ALL);
  }
}
