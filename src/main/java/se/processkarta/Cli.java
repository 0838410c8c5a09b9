package se.processkarta;

import io.micronaut.configuration.picocli.MicronautFactory;
import io.micronaut.context.ApplicationContext;
import io.micronaut.context.env.Environment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import se.processkarta.diagrams.ExportCommand;
import se.processkarta.diagrams.RenderCommand;
import se.processkarta.model.Messages;
import se.processkarta.seed.ImportCommand;

/**
 * The command-line face of the service. Only {@code import}, and {@code export} from the database,
 * start the application context (they use the stores); {@code render} and the help read nothing but
 * their arguments and write nothing but their output, so they run without one. Usage and errors are
 * in Swedish; a store held by a running server is one line and exit code {@value #STORE_IN_USE}.
 */
@Command(
    name = "processkarta",
    description = "Processkarta på kommandoraden.",
    synopsisHeading = "Användning: ",
    descriptionHeading = "%n",
    parameterListHeading = "%nArgument:%n",
    optionListHeading = "%nFlaggor:%n",
    commandListHeading = "%nKommandon:%n",
    subcommands = {ImportCommand.class, RenderCommand.class, ExportCommand.class})
public class Cli implements Runnable {

  /** Exit code when the data directory is locked by another process. */
  public static final int STORE_IN_USE = 3;

  @Option(
      names = {"-h", "--help"},
      usageHelp = true,
      description = "Visar den här hjälptexten.")
  boolean help;

  @Override
  public void run() {
    System.out.println(
        "Ange ett kommando, t.ex.: import model-seed/klassa-2.1 model-seed/exempelkommun");
  }

  /** Runs the command line and answers the exit code. */
  public static int execute(String... args) {
    if (readsTheStores(args) && !wantsHelp(args)) {
      // Arguments first: starting the context opens (and creates) the data directory, which a
      // command with a missing argument or a directory that does not exist must not do.
      Integer refused = refuseBeforeStart(args);
      return refused != null ? refused : withContext(args);
    }
    return commandLine(new CommandLine(new Cli())).execute(args);
  }

  /** {@code import}, and {@code export} unless it reads seed files ({@code --seed}). */
  private static boolean readsTheStores(String[] args) {
    if (args.length == 0) {
      return false;
    }
    return args[0].equals("import")
        || (args[0].equals("export")
            && List.of(args).stream()
                .noneMatch(a -> a.equals("--seed") || a.startsWith("--seed=")));
  }

  /** The exit code for arguments that are wrong without a store, or null when they are fine. */
  private static Integer refuseBeforeStart(String[] args) {
    CommandLine cli = commandLine(new CommandLine(new Cli()));
    CommandLine.ParseResult parsed;
    try {
      parsed = cli.parseArgs(args);
    } catch (CommandLine.ParameterException e) {
      try {
        return cli.getParameterExceptionHandler().handleParseException(e, args);
      } catch (Exception unexpected) {
        return 2;
      }
    }
    if (parsed.subcommand() != null
        && parsed.subcommand().commandSpec().userObject() instanceof ImportCommand) {
      List<Path> dirs = parsed.subcommand().matchedPositionalValue(0, List.of());
      for (Path dir : dirs) {
        if (!java.nio.file.Files.isDirectory(dir)) {
          String key = java.nio.file.Files.exists(dir) ? "seed.notDirectory" : "seed.dirMissing";
          System.err.println(dir + ": " + Messages.format(Messages.SWEDISH, key, List.of()));
          return 2;
        }
      }
    }
    return null;
  }

  private static boolean wantsHelp(String[] args) {
    return List.of(args).contains("-h") || List.of(args).contains("--help");
  }

  private static int withContext(String[] args) {
    ApplicationContext context;
    try {
      context = ApplicationContext.builder(Cli.class, Environment.CLI).start();
    } catch (RuntimeException e) {
      if (storeInUse(e)) {
        System.err.println(
            Messages.format(Messages.SWEDISH, "cli.storeInUse", List.of(dataDir().toString())));
        return STORE_IN_USE;
      }
      System.err.println(
          Messages.format(
              Messages.SWEDISH, "cli.startFailed", List.of(String.valueOf(rootMessage(e)))));
      return 1;
    }
    try (context) {
      return commandLine(new CommandLine(Cli.class, new MicronautFactory(context))).execute(args);
    }
  }

  /** H2's "Database may be already in use" or Neo4j's store lock, anywhere in the chain. */
  static boolean storeInUse(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String name = t.getClass().getName();
      String message = String.valueOf(t.getMessage()).toLowerCase(Locale.ROOT);
      if (name.endsWith("FileLockException")
          || name.endsWith("OverlappingFileLockException")
          || message.contains("already in use")
          || message.contains("locked by another")
          || message.contains("lock file has been locked")) {
        return true;
      }
    }
    return false;
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage();
  }

  private static Path dataDir() {
    String dir = System.getenv("PROCESSKARTA_DATA_DIR");
    return Path.of(dir == null || dir.isBlank() ? "data" : dir).toAbsolutePath().normalize();
  }

  /** Swedish texts for picocli's own parse errors. */
  private static CommandLine commandLine(CommandLine cli) {
    cli.setParameterExceptionHandler(
        (ex, args) -> {
          PrintWriter err = ex.getCommandLine().getErr();
          err.println(swedish(ex));
          ex.getCommandLine().usage(err);
          return 2;
        });
    return cli;
  }

  private static String swedish(CommandLine.ParameterException ex) {
    if (ex instanceof CommandLine.MissingParameterException m) {
      return "Det saknas argument: "
          + String.join(
              ", ",
              m.getMissing().stream()
                  .map(
                      a ->
                          a instanceof CommandLine.Model.PositionalParamSpec p
                              ? p.paramLabel()
                              : String.join("/", ((CommandLine.Model.OptionSpec) a).names()))
                  .toList())
          + ".";
    }
    if (ex instanceof CommandLine.UnmatchedArgumentException u) {
      return "Okänt argument: " + String.join(" ", u.getUnmatched()) + ".";
    }
    return "Kommandot kunde inte tolkas. Ett värde har fel form.";
  }
}
