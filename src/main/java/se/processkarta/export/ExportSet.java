package se.processkarta.export;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.TreeMap;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.ModelSnapshot;

/**
 * The exports that {@code processkarta render} writes into {@code diagrams/} beside the SVG: one
 * file per format of the whole model, named {@code processkarta.<extension>}.
 */
public final class ExportSet {

  private ExportSet() {}

  /** File name → content, in name order. */
  public static Map<String, byte[]> render(ModelSnapshot snapshot) {
    Map<String, byte[]> out = new TreeMap<>();
    ExportScope all = ExportScope.all();
    for (DiagramExporter e : Exports.standard().all()) {
      out.put(Exports.fileName(e, all), Exports.bytes(e, snapshot, all));
    }
    return out;
  }

  /** Writes the set into {@code dir}; answers how many files were written. */
  public static int write(Path dir, ModelSnapshot snapshot) {
    Map<String, byte[]> files = render(snapshot);
    try {
      Files.createDirectories(dir);
      for (Map.Entry<String, byte[]> f : files.entrySet()) {
        Path target = dir.resolve(f.getKey());
        // A link in the output directory could point anywhere; it is refused, not followed.
        if (Files.isSymbolicLink(target)) {
          throw new InvalidInputException("cli.symlinkOut", target.toString());
        }
        Files.write(
            target,
            f.getValue(),
            StandardOpenOption.CREATE,
            StandardOpenOption.TRUNCATE_EXISTING,
            StandardOpenOption.WRITE,
            LinkOption.NOFOLLOW_LINKS);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files.size();
  }
}
