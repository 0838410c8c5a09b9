package se.processkarta.export;

import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.Optional;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFCell;
import org.apache.poi.xssf.streaming.SXSSFRow;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import se.processkarta.model.Element;
import se.processkarta.model.ModelSnapshot;

/**
 * The CSV's table as an Excel workbook, written with Apache POI's streaming SXSSF (only a window of
 * rows is in memory, so 100,000 rows fit): one sheet, a bold header row, frozen panes, an
 * auto-filter and set column widths. Every cell is a text cell, which Excel never evaluates; a
 * value that starts like a formula also gets Excel's quote prefix, so that editing the cell does
 * not turn it into one either, while the value itself stays as it was.
 */
@Singleton
final class XlsxExporter implements DiagramExporter {

  static final String SHEET = "Processer";

  /** Column widths in characters, in {@link Table#COLUMNS} order. */
  private static final int[] WIDTHS = {12, 6, 40, 60, 50, 30, 12, 30, 30, 50};

  private static final int WINDOW = 200;

  @Override
  public String format() {
    return "xlsx";
  }

  @Override
  public String extension() {
    return "xlsx";
  }

  @Override
  public String mediaType() {
    return "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
  }

  @Override
  public String description() {
    return "Excel-arbetsbok (XLSX), en rad per element";
  }

  @Override
  public void write(ModelSnapshot snapshot, ExportScope scope, OutputStream out)
      throws IOException {
    Selection s = Selection.of(snapshot, scope);
    SXSSFWorkbook wb = new SXSSFWorkbook(WINDOW);
    try {
      wb.setCompressTempFiles(true);
      // The document's dates are the model version's, so the same model gives the same workbook.
      Date day = Date.from(snapshot.date().atStartOfDay().toInstant(ZoneOffset.UTC));
      var core = wb.getXSSFWorkbook().getProperties().getCoreProperties();
      core.setCreated(Optional.of(day));
      core.setModified(Optional.of(day));
      core.setCreator("Processkarta");
      core.setTitle(scope.baseName());

      Font bold = wb.createFont();
      bold.setBold(true);
      CellStyle header = wb.createCellStyle();
      header.setFont(bold);
      CellStyle text = wb.createCellStyle();
      text.setWrapText(false);
      CellStyle quoted = wb.createCellStyle();
      quoted.setQuotePrefixed(true);

      SXSSFSheet sheet = wb.createSheet(SHEET);
      for (int c = 0; c < WIDTHS.length; c++) {
        sheet.setColumnWidth(c, WIDTHS[c] * 256);
      }
      SXSSFRow head = sheet.createRow(0);
      for (int c = 0; c < Table.COLUMNS.size(); c++) {
        SXSSFCell cell = head.createCell(c);
        cell.setCellValue(Table.COLUMNS.get(c));
        cell.setCellStyle(header);
      }
      sheet.createFreezePane(0, 1);
      int r = 1;
      for (Element e : s.elements()) {
        SXSSFRow row = sheet.createRow(r++);
        String[] cells = Table.row(s, e);
        for (int c = 0; c < cells.length; c++) {
          if (cells[c].isEmpty()) {
            continue;
          }
          SXSSFCell cell = row.createCell(c);
          cell.setCellValue(XmlOut.clean(cells[c]));
          cell.setCellStyle(Table.formulaLike(cells[c]) ? quoted : text);
        }
      }
      sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, r - 1), 0, WIDTHS.length - 1));
      wb.write(out);
    } finally {
      wb.close();
    }
  }
}
