package se.processkarta;

import picocli.CommandLine.Command;
import se.processkarta.diagrams.ExportCommand;
import se.processkarta.diagrams.RenderCommand;
import se.processkarta.seed.ImportCommand;

/** The command-line face of the service. */
@Command(
    name = "processkarta",
    description = "Processkarta på kommandoraden.",
    mixinStandardHelpOptions = true,
    subcommands = {ImportCommand.class, RenderCommand.class, ExportCommand.class})
public class Cli implements Runnable {

  @Override
  public void run() {
    System.out.println(
        "Ange ett kommando, t.ex.: import model-seed/klassa-2.1 model-seed/exempelkommun");
  }
}
