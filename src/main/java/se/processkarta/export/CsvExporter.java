package se.processkarta.export;

import jakarta.inject.Singleton;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import se.processkarta.model.Element;
import se.processkarta.model.ModelSnapshot;

/**
 * One row per element, as Swedish Excel opens it: UTF-8 with a byte order mark, {@code ;} between
 * fields, CRLF between records, quoted per RFC 4180 by commons-csv. Values that Excel would run as
 * formulas get a leading apostrophe ({@link Table#inert}).
 */
@Singleton
final class CsvExporter implements DiagramExporter {

  static final CSVFormat FORMAT = Table.CSV;

  @Override
  public String format() {
    return "csv";
  }

  @Override
  public String extension() {
    return "csv";
  }

  @Override
  public String mediaType() {
    return "text/csv; charset=utf-8";
  }

  @Override
  public String description() {
    return "CSV för Excel (UTF-8 med BOM, semikolon), en rad per element";
  }

  @Override
  public void write(ModelSnapshot snapshot, ExportScope scope, OutputStream out)
      throws IOException {
    Selection s = Selection.of(snapshot, scope);
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    w.write('\uFEFF');
    CSVPrinter csv = new CSVPrinter(w, FORMAT);
    csv.printRecord(Table.COLUMNS);
    for (Element e : s.elements()) {
      String[] row = Table.row(s, e);
      for (String cell : row) {
        csv.print(Table.inert(cell));
      }
      csv.println();
    }
    csv.flush();
  }
}
