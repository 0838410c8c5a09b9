package se.processkarta.assignments;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.processkarta.export.Table;

/**
 * The year's portfolio as a table, one row per assignment, in the two forms the model's exports
 * use: CSV for Swedish Excel (UTF-8 with BOM, {@code ;}, CRLF, values that Excel would run as
 * formulas made inert with a leading apostrophe) and a streaming XLSX whose cells are all text.
 */
public final class AssignmentPortfolio {

  /** The columns, in this order. */
  public static final List<String> COLUMNS =
      List.of(
          "id",
          "titel",
          "typ",
          "form",
          "status",
          "start",
          "slut",
          "huvudansvarig",
          "ansvarig chef",
          "process",
          "diarienummer",
          "deltagare",
          "syfte");

  private static final int[] WIDTHS = {6, 50, 16, 16, 12, 12, 12, 20, 20, 12, 16, 60, 60};

  private AssignmentPortfolio() {}

  static String[] row(Assignment a) {
    Brief b = a.brief();
    String people =
        b.participants().stream()
            .map(
                p ->
                    (p.name() == null ? p.personId() : p.name())
                        + (p.group() == null ? "" : " (" + p.group() + ")")
                        + " "
                        + p.percent()
                        + " %")
            .collect(Collectors.joining(", "));
    return new String[] {
      String.valueOf(a.id()),
      a.title(),
      a.kind().name(),
      a.form().name(),
      a.state().name(),
      b.start().toString(),
      b.end().toString(),
      b.responsibleId(),
      b.managerId(),
      b.processCode() == null ? "" : b.processCode(),
      b.diaryNumber() == null ? "" : b.diaryNumber(),
      people,
      b.purpose() == null ? "" : b.purpose()
    };
  }

  /** The CSV, with a byte order mark. */
  public static byte[] csv(List<Assignment> list) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(8192);
    try (Writer w = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
      w.write('\uFEFF');
      CSVPrinter csv = new CSVPrinter(w, Table.CSV);
      csv.printRecord(COLUMNS);
      for (Assignment a : list) {
        for (String cell : row(a)) {
          csv.print(Table.inert(cell));
        }
        csv.println();
      }
      csv.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }

  /** The workbook: one sheet, a bold header, frozen panes, an auto-filter, text cells only. */
  public static byte[] xlsx(List<Assignment> list, int year) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(16384);
    SXSSFWorkbook wb = new SXSSFWorkbook(200);
    try {
      wb.setCompressTempFiles(true);
      var core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
      core.setCreator("Processkarta");
      core.setTitle("Uppdrag " + year);
      Font bold = wb.createFont();
      bold.setBold(true);
      CellStyle header = wb.createCellStyle();
      header.setFont(bold);
      CellStyle text = wb.createCellStyle();
      CellStyle quoted = wb.createCellStyle();
      quoted.setQuotePrefixed(true);
      SXSSFSheet sheet = wb.createSheet("Uppdrag " + year);
      for (int c = 0; c < WIDTHS.length; c++) {
        sheet.setColumnWidth(c, WIDTHS[c] * 256);
      }
      SXSSFRow head = sheet.createRow(0);
      for (int c = 0; c < COLUMNS.size(); c++) {
        SXSSFCell cell = head.createCell(c);
        cell.setCellValue(COLUMNS.get(c));
        cell.setCellStyle(header);
      }
      sheet.createFreezePane(0, 1);
      int r = 1;
      for (Assignment a : list) {
        SXSSFRow row = sheet.createRow(r++);
        String[] cells = row(a);
        for (int c = 0; c < cells.length; c++) {
          if (cells[c].isEmpty()) {
            continue;
          }
          SXSSFCell cell = row.createCell(c);
          cell.setCellValue(clean(cells[c]));
          cell.setCellStyle(Table.formulaLike(cells[c]) ? quoted : text);
        }
      }
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, COLUMNS.size() - 1));
      wb.write(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        wb.close();
      } catch (IOException e) {
        // The temporary files are gone with the workbook's directory; nothing else to do.
      }
    }
    return out.toByteArray();
  }

  /** Characters XML 1.0 cannot hold (control characters other than tab and line breaks) go. */
  static String clean(String s) {
    StringBuilder b = new StringBuilder(s.length());
    s.codePoints()
        .filter(c -> c == 0x9 || c == 0xA || c == 0xD || c >= 0x20 && c != 0xFFFE && c != 0xFFFF)
        .forEach(b::appendCodePoint);
    return b.toString();
  }
}
