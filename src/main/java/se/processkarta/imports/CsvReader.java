package se.processkarta.imports;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import se.processkarta.export.Table;

/**
 * Reads the CSV the exporter writes, as Swedish Excel saves it: UTF-8 (a byte order mark is
 * optional), {@code ;} between fields, quoted per RFC 4180, parsed by commons-csv. Any other
 * encoding is refused with the line of the first byte that is not UTF-8, rather than guessed. A
 * cell the exporter made inert ({@code '=…}) is read back as it was; a cell that starts like a
 * formula without that apostrophe is refused, since Excel would have run it.
 */
final class CsvReader {

  private CsvReader() {}

  static Imported read(byte[] bytes, int maxRows) {
    String text = decode(bytes);
    TableRows table = new TableRows(maxRows);
    List<ImportProblem> problems = new ArrayList<>();
    try (CSVParser parser = Table.CSV.parse(new StringReader(text))) {
      int number = 0;
      for (CSVRecord r : parser) {
        number++;
        List<String> cells = new ArrayList<>(r.size());
        for (int i = 0; i < r.size(); i++) {
          String cell = r.get(i);
          if (number > 1 && Table.formulaLike(cell)) {
            String column = i < Table.COLUMNS.size() ? Table.COLUMNS.get(i) : String.valueOf(i + 1);
            problems.add(
                ImportProblem.at(
                    Where.cell(number, column), "import.formula", cell.substring(0, 1)));
          }
          cells.add(Table.literal(cell));
        }
        table.add(number, cells);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (UncheckedIOException | IllegalStateException e) {
      // commons-csv reports a broken quote this way; the message holds the line, not our words.
      throw ImportRejectedException.unreadable(Where.FILE, "import.csv.broken");
    }
    Imported out = table.result();
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(ImportRejectedException.Kind.INVALID, problems);
    }
    return out;
  }

  /** Strict UTF-8, naming the line of the first byte that is not. */
  static String decode(byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF)
            || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
      throw ImportRejectedException.unreadable(Where.FILE, "import.encoding.utf16");
    }
    int sample = Math.min(bytes.length, 4096);
    int nuls = 0;
    for (int i = 0; i < sample; i++) {
      if (bytes[i] == 0) {
        nuls++;
      }
    }
    if (nuls > 0 && nuls * 4 >= sample) {
      // UTF-16 without a byte order mark: a NUL beside every Latin letter
      throw ImportRejectedException.unreadable(Where.FILE, "import.encoding.utf16");
    }
    for (int i = 0, line = 1; i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      } else if (bytes[i] == 0) {
        // A stray NUL in a UTF-8 file: named with its row, not taken for UTF-16.
        throw ImportRejectedException.unreadable(
            Where.FILE, "import.encoding.nul", String.valueOf(line));
      }
    }
    int start =
        bytes.length >= 3
                && bytes[0] == (byte) 0xEF
                && bytes[1] == (byte) 0xBB
                && bytes[2] == (byte) 0xBF
            ? 3
            : 0;
    CharsetDecoder d =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length);
    CoderResult r = d.decode(in, out, true);
    if (!r.isError()) {
      r = d.flush(out);
    }
    if (r.isError()) {
      int at = in.position();
      int line = 1;
      for (int i = 0; i < at; i++) {
        if (bytes[i] == '\n') {
          line++;
        }
      }
      throw ImportRejectedException.unreadable(
          Where.row(line), "import.encoding.notUtf8", String.valueOf(line));
    }
    out.flip();
    String text = out.toString();
    return text;
  }
}
