package se.processkarta.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import se.processkarta.diagrams.ExportCommand;
import se.processkarta.model.Code;

/** {@code processkarta export} from the model-seed, without a database. */
class ExportCommandTest {

  @Test
  void writesTheFormatForTheRootToTheFile(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("ut/processkarta-3.5.drawio");
    int code =
        new CommandLine(new ExportCommand())
            .execute(
                "--format",
                "drawio",
                "--root",
                "3.5",
                "--seed",
                "model-seed/klassa-2.1,model-seed/exempelkommun",
                "--out",
                out.toString());
    assertThat(code).isZero();
    assertThat(Consumers.drawio(Files.readAllBytes(out))).hasSize(2);
    byte[] expected =
        Exports.bytes(
            Exports.standard().get("drawio"),
            ExportFormatsTest.seed(),
            ExportScope.under(Code.parse("3.5")));
    assertThat(Files.readAllBytes(out)).isEqualTo(expected);
  }

  @Test
  void anUnknownFormatOrRootIsAnErrorWithExitCode2(@TempDir Path dir) {
    String seed = "model-seed/klassa-2.1,model-seed/exempelkommun";
    Path out = dir.resolve("x");
    assertThat(
            new CommandLine(new ExportCommand())
                .execute("--format", "visio", "--seed", seed, "--out", out.toString()))
        .isEqualTo(2);
    assertThat(
            new CommandLine(new ExportCommand())
                .execute(
                    "--format", "csv", "--root", "9.9", "--seed", seed, "--out", out.toString()))
        .isEqualTo(2);
    assertThat(out).doesNotExist();
  }
}
