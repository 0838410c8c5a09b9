package se.processkarta.diagrams;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.processkarta.export.ExportSet;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Messages;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.ProcesskartaException;
import se.processkarta.render.StandardSet;
import se.processkarta.seed.SeedSnapshots;

/**
 * {@code processkarta render --out diagrams/}: draws the standard set of diagrams straight from the
 * model-seed files (no database), so that {@code diagrams/} is the same on every machine. SVG files
 * in the output directory that the set no longer has are removed.
 */
@Command(
    name = "render",
    description = "Ritar standarduppsättningen diagram (SVG) från model-seed till en katalog.",
    synopsisHeading = "Användning: ",
    descriptionHeading = "%n",
    parameterListHeading = "%nArgument:%n",
    optionListHeading = "%nFlaggor:%n")
public class RenderCommand implements Callable<Integer> {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Visar den här hjälptexten.")
  boolean help;

  @Option(
      names = "--out",
      defaultValue = "diagrams",
      description = "Katalogen som diagrammen skrivs till (standard: diagrams).")
  Path out;

  @Option(
      names = "--seed",
      split = ",",
      description =
          "model-seed-kataloger (standard: model-seed/klassa-2.1,model-seed/exempelkommun).")
  List<Path> seed;

  @Option(
      names = "--date",
      description = "Dagen som rollerna gäller (standard: 2026-11-22, exempelkommunens \"i dag\").")
  LocalDate date;

  @Override
  public Integer call() {
    try {
      List<Path> dirs = seed == null ? StandardSet.SEED_DIRS.stream().map(Path::of).toList() : seed;
      ModelSnapshot snapshot =
          SeedSnapshots.read(dirs, date == null ? StandardSet.SEED_DATE : date);
      Map<String, String> files = StandardSet.render(snapshot);
      Map<String, byte[]> exports = ExportSet.render(snapshot);
      write(out, files, exports);
      System.out.printf(
          "Skrev %d diagram och %d exporter till %s%n", files.size(), exports.size(), out);
      return 0;
    } catch (ProcesskartaException e) {
      System.err.println(Messages.of(Messages.SWEDISH, e));
      return 2;
    } catch (UncheckedIOException e) {
      System.err.println(
          Messages.format(
              Messages.SWEDISH, "cli.writeFailed", List.of(out.toString(), e.getMessage())));
      return 2;
    }
  }

  /** Writes the diagrams and the exports, and removes the SVG files the set no longer has. */
  static void write(Path dir, Map<String, String> files, Map<String, byte[]> exports) {
    Map<String, byte[]> all = new TreeMap<>(exports);
    files.forEach((name, svg) -> all.put(name, svg.getBytes(StandardCharsets.UTF_8)));
    try {
      Files.createDirectories(dir);
      try (Stream<Path> old = Files.list(dir)) {
        for (Path p : old.toList()) {
          String name = p.getFileName().toString();
          if (name.endsWith(".svg") && !files.containsKey(name)) {
            Files.delete(p);
          }
        }
      }
      for (Map.Entry<String, byte[]> f : all.entrySet()) {
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
  }
}
