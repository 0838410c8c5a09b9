package se.processkarta;

import io.micronaut.configuration.picocli.PicocliRunner;
import io.micronaut.runtime.Micronaut;
import io.swagger.v3.oas.annotations.OpenAPIDefinition;
import io.swagger.v3.oas.annotations.info.Info;
import io.swagger.v3.oas.annotations.info.License;
import java.util.Set;

/**
 * Starts the service, or runs a command-line task when the first argument names one ({@code
 * import}).
 */
@OpenAPIDefinition(
    info =
        @Info(
            title = "Processkarta",
            version = "0.1",
            description = "Processmodell enligt Klassa för kommuner och regioner",
            license = @License(name = "GPL-3.0-or-later")))
public final class Application {

  private static final Set<String> COMMANDS = Set.of("import", "render", "help", "--help", "-h");

  private Application() {}

  public static void main(String[] args) {
    if (args.length > 0 && COMMANDS.contains(args[0])) {
      System.exit(PicocliRunner.execute(Cli.class, args));
    }
    Micronaut.build(args).mainClass(Application.class).banner(false).start();
  }
}
