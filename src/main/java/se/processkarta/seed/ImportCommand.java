package se.processkarta.seed;

import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import se.processkarta.model.Messages;
import se.processkarta.model.ProcesskartaException;

/** {@code processkarta import DIR...}: imports model-seed directories as one batch. */
@Command(
    name = "import",
    description = "Importerar en eller flera model-seed-kataloger (allt eller inget).",
    synopsisHeading = "Användning: ",
    descriptionHeading = "%n",
    parameterListHeading = "%nArgument:%n",
    optionListHeading = "%nFlaggor:%n")
public class ImportCommand implements Callable<Integer> {

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Visar den här hjälptexten.")
  boolean help;

  @Parameters(
      arity = "1..*",
      paramLabel = "DIR",
      description = "model-seed-kataloger, t.ex. model-seed/klassa-2.1 model-seed/exempelkommun")
  List<Path> dirs;

  @Inject SeedImporter importer;

  @Override
  public Integer call() {
    try {
      ImportResult r = importer.importFrom(dirs, "cli");
      if (!r.changed()) {
        System.out.println("Inga ändringar: samma innehåll som vid förra importen.");
      } else {
        System.out.printf(
            "Importerade %d element, %d personer, %d roller och %d allokeringar (modellversion %d).%n",
            r.elements(), r.people(), r.roles(), r.allocations(), r.version().orElse(0L));
      }
      return 0;
    } catch (ProcesskartaException e) {
      System.err.println(Messages.of(Messages.SWEDISH, e));
      return 2;
    }
  }
}
