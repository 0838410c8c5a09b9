package se.processkarta.imports;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;
import se.processkarta.export.Table;

/**
 * Reads the first sheet of a workbook as the exporter writes it, streaming: the package is opened
 * from a temporary file (entries are inflated only when read), the sheet is read with POI's
 * hardened SAX parser one cell at a time, and POI's zip-bomb guard ({@link ZipSecureFile}) refuses
 * an entry that inflates more than 100 times its size or beyond {@link #MAX_ENTRY_BYTES}. Cells
 * holding a formula are refused with their place; a code typed as a number is refused too, since
 * Excel has already turned {@code 3.10} into {@code 3.1}.
 */
final class XlsxReader {

  /** An entry may inflate to at most 100 times its compressed size (POI's own default). */
  static final int MIN_INFLATE_RATIO_PERCENT = 1;

  /** The largest part of a workbook we inflate: far above 10,000 rows of long texts. */
  static final long MAX_ENTRY_BYTES = 200L * 1024 * 1024;

  static {
    ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO_PERCENT / 100.0);
    ZipSecureFile.setMaxEntrySize(MAX_ENTRY_BYTES);
  }

  private XlsxReader() {}

  static Imported read(byte[] bytes, int maxRows) {
    Path tmp = null;
    try {
      tmp = Files.createTempFile("processkarta-import-", ".xlsx");
      Files.write(tmp, bytes);
      try (OPCPackage pkg = OPCPackage.open(tmp.toFile(), PackageAccess.READ)) {
        XSSFReader reader = new XSSFReader(pkg);
        ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg, false);
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        if (!sheets.hasNext()) {
          throw ImportRejectedException.unreadable(Where.FILE, "import.empty");
        }
        TableRows table = new TableRows(maxRows);
        List<ImportProblem> problems = new ArrayList<>();
        try (InputStream sheet = sheets.next()) {
          XMLReader xml = XMLHelper.newXMLReader();
          xml.setContentHandler(new Cells(strings, table, problems));
          xml.parse(new InputSource(sheet));
        }
        Imported out = table.result();
        if (!problems.isEmpty()) {
          throw new ImportRejectedException(ImportRejectedException.Kind.INVALID, problems);
        }
        return out;
      }
    } catch (ImportRejectedException e) {
      throw e;
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | RuntimeException e) {
      if (bomb(e)) {
        throw ImportRejectedException.unreadable(
            Where.FILE,
            "import.xlsx.bomb",
            String.valueOf(100 / MIN_INFLATE_RATIO_PERCENT),
            String.valueOf(MAX_ENTRY_BYTES / (1024 * 1024)));
      }
      throw ImportRejectedException.unreadable(Where.FILE, "import.xlsx.broken");
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // a temporary file left behind is removed with the temporary directory
        }
      }
    }
  }

  private static boolean bomb(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      String m = t.getMessage();
      if (m != null && (m.contains("Zip bomb") || m.contains("max entry size"))) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** The sheet's cells, row by row. */
  private static final class Cells extends DefaultHandler {
    private final ReadOnlySharedStringsTable strings;
    private final TableRows table;
    private final List<ImportProblem> problems;
    private final StringBuilder text = new StringBuilder();
    private List<String> row;
    private int rowNumber;
    private int column;
    private String type;
    private boolean formula;
    private boolean inValue;
    private boolean inInline;

    Cells(ReadOnlySharedStringsTable strings, TableRows table, List<ImportProblem> problems) {
      this.strings = strings;
      this.table = table;
      this.problems = problems;
    }

    @Override
    public void startElement(String uri, String local, String qName, Attributes a) {
      switch (local) {
        case "row" -> {
          row = new ArrayList<>();
          String r = a.getValue("r");
          rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
        }
        case "c" -> {
          String ref = a.getValue("r");
          column = ref == null ? (row == null ? 0 : row.size()) : columnOf(ref);
          type = a.getValue("t");
          formula = false;
          text.setLength(0);
        }
        case "f" -> formula = true;
        case "v" -> inValue = !"inlineStr".equals(type);
        case "is" -> inInline = true;
        case "t" -> inValue = inInline && "inlineStr".equals(type);
        default -> {}
      }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue) {
        text.append(ch, start, length);
      }
    }

    @Override
    public void endElement(String uri, String local, String qName) {
      switch (local) {
        case "v", "t" -> inValue = false;
        case "is" -> inInline = false;
        case "c" -> cell();
        case "row" -> {
          table.add(rowNumber, row);
          row = null;
        }
        default -> {}
      }
    }

    private void cell() {
      String name =
          column < Table.COLUMNS.size() ? Table.COLUMNS.get(column) : String.valueOf(column + 1);
      Where at = Where.cell(rowNumber, name);
      if (formula) {
        problems.add(ImportProblem.at(at, "import.xlsx.formula"));
      }
      String raw = text.toString();
      String value;
      if ("s".equals(type)) {
        try {
          value = strings.getItemAt(Integer.parseInt(raw.strip())).getString();
        } catch (RuntimeException e) {
          throw ImportRejectedException.unreadable(at, "import.xlsx.broken");
        }
      } else if (type == null || "n".equals(type)) {
        value = raw.endsWith(".0") ? raw.substring(0, raw.length() - 2) : raw;
        if (column == 0 && rowNumber > 1 && !raw.isEmpty()) {
          problems.add(ImportProblem.at(at, "import.xlsx.numericCode", value));
        }
      } else {
        value = raw;
      }
      while (row.size() <= column) {
        row.add("");
      }
      row.set(column, value);
    }

    /** {@code C5} → 2. */
    private static int columnOf(String ref) {
      int n = 0;
      for (int i = 0; i < ref.length() && Character.isLetter(ref.charAt(i)); i++) {
        n = n * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
      }
      return Math.max(0, n - 1);
    }
  }
}
