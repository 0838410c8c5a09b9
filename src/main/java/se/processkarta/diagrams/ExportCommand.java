package se.processkarta.diagrams;

import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.processkarta.export.DiagramExporter;
import se.processkarta.export.ExportScope;
import se.processkarta.export.Exports;
import se.processkarta.model.Code;
import se.processkarta.model.Messages;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.ProcesskartaException;
import se.processkarta.render.StandardSet;
import se.processkarta.seed.SeedSnapshots;

/**
 * {@code processkarta export --format F [--root CODE] [--depth N] --out FILE}: the model in one of
 * the export formats. Reads the published model from the database as the server does (stop the
 * server first when it runs on the same embedded store), or, with {@code --seed}, straight from
 * model-seed directories without a database.
 */
@Command(
    name = "export",
    description =
        "Exporterar modellen (drawio, archimate, bpmn, graphml, dot, mermaid, plantuml,"
            + " csv, xlsx) till en fil.",
    mixinStandardHelpOptions = true)
public class ExportCommand implements Callable<Integer> {

  @Option(
      names = "--format",
      required = true,
      description = "Formatet: ${COMPLETION-CANDIDATES}",
      completionCandidates = Formats.class)
  String format;

  @Option(names = "--root", description = "Kod för delträdets rot, t.ex. 3.5 (standard: allt).")
  String root;

  @Option(
      names = "--depth",
      description = "Antal nivåer med roten som första, 1–5 (standard: alla).")
  Integer depth;

  @Option(names = "--out", required = true, description = "Filen som exporten skrivs till.")
  Path out;

  @Option(
      names = "--seed",
      split = ",",
      description =
          "Läs modellen från model-seed-kataloger i stället för databasen, t.ex."
              + " model-seed/klassa-2.1,model-seed/exempelkommun.")
  List<Path> seed;

  @Option(
      names = "--date",
      description = "Med --seed: dagen som rollerna gäller (standard: 2026-11-22).")
  LocalDate date;

  @Inject Provider<DiagramService> diagrams;

  /** The format names, for the help text. */
  static final class Formats implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Exports.standard().formats().iterator();
    }
  }

  @Override
  public Integer call() {
    try {
      DiagramExporter exporter = Exports.standard().get(format);
      ExportScope scope =
          new ExportScope(
              Optional.ofNullable(root).map(Code::parse),
              depth == null ? ExportScope.MAX_DEPTH : depth);
      ModelSnapshot snapshot = snapshot();
      // Written beside the target and moved into place, so that a failed export leaves no file.
      Path parent = out.toAbsolutePath().getParent();
      Files.createDirectories(parent);
      Path part = Files.createTempFile(parent, ".export-", ".part");
      try {
        try (OutputStream o = Files.newOutputStream(part)) {
          exporter.write(snapshot, scope, o);
        }
        Files.move(part, out, StandardCopyOption.REPLACE_EXISTING);
      } finally {
        Files.deleteIfExists(part);
      }
      System.out.printf("Skrev %s (%s, modellversion %s)%n", out, format, snapshot.version());
      return 0;
    } catch (ProcesskartaException e) {
      System.err.println(Messages.of(Messages.SWEDISH, e));
      return 2;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ModelSnapshot snapshot() {
    if (seed != null || diagrams == null) {
      List<Path> dirs = seed == null ? StandardSet.SEED_DIRS.stream().map(Path::of).toList() : seed;
      return SeedSnapshots.read(dirs, date == null ? StandardSet.SEED_DATE : date);
    }
    DiagramService service = diagrams.get();
    return service.snapshot(service.version());
  }
}
