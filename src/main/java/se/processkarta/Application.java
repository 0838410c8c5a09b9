package se.processkarta;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Starts the service, or runs a command-line task when the first argument names one ({@code
 * import}). Started from the packaged jar, the service runs in a tuned child JVM ({@link
 * Launcher}).
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Processkarta",
            version = "0.1",
            description = "Processmodell enligt Klassa för kommuner och regioner",
            license = @License(name = "GPL-3.0-or-later")))
public final class Application {

  private static final Set<String> COMMANDS =
      Set.of("import", "render", "export", "help", "--help", "-h");

  private Application() {}

  /**
   * The log's format from {@code PROCESSKARTA_LOG_FORMAT}: {@code text} (the default) or {@code
   * json}, in any case; anything else is text, said on standard error.
   */
  static String logFormat(String given) {
    if (given == null || given.isBlank()) {
      return "text";
    }
    String f = given.strip().toLowerCase(java.util.Locale.ROOT);
    if (f.equals("text") || f.equals("json")) {
      return f;
    }
    System.err.println(
        "PROCESSKARTA_LOG_FORMAT="
            + given
            + " is neither text nor json: the log is written as text");
    return "text";
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    // Read by logback.xml; a value that is neither leaves the log as text rather than silent.
    System.setProperty(
        "processkarta.log.format", logFormat(System.getenv("PROCESSKARTA_LOG_FORMAT")));
    if (args.length > 0 && COMMANDS.contains(args[0])) {
      System.exit(Cli.execute(args));
    }
    Optional<Path> jar = Launcher.forkFrom(System.getenv(), Launcher.jvmArgs());
    if (jar.isPresent()) {
      System.exit(Launcher.run(jar.get(), args));
    }
    Launcher.followParent();
    // Logging is set up here, on one thread, before the store starts beside the context: set up
    // from two threads at once, SLF4J handed MDC a stand-in adapter that logback never reads, and
    // the request id (web.RequestIds) was missing from every log line.
    org.slf4j.LoggerFactory.getILoggerFactory();
    org.slf4j.MDC.getMDCAdapter();
    ApplicationContext context =
        Micronaut.build(args)
            .mainClass(Application.class)
            .banner(false)
            // The store starts while the rest of the context does (graph/EarlyGraphStart).
            .properties(Map.of("processkarta.neo4j.start-early", "true"))
            .start();
    if (Boolean.getBoolean(Launcher.TRAINING)) {
      System.exit(Training.exercise(context));
    }
  }
}
