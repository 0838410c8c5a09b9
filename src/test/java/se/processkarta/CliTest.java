package se.processkarta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CliTest {

  @TempDir Path tmp;

  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream o = new ByteArrayOutputStream();
    ByteArrayOutputStream e = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
      int code = Cli.execute(args);
      return new Run(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  @Test
  void theUsageTextIsSwedish() {
    Run help = run("--help");
    assertThat(help.out()).contains("Användning:").contains("Kommandon:").doesNotContain("Usage");
    assertThat(run("import", "--help").out()).contains("Användning:").contains("Argument:");
    assertThat(run("render", "-h").out()).contains("Flaggor:").contains("--out");
  }

  @Test
  void aMissingOrUnknownArgumentIsExplainedInSwedish() {
    Run unknown = run("render", "--bogus");
    assertThat(unknown.code()).isEqualTo(2);
    assertThat(unknown.err()).contains("Okänt argument").doesNotContain("Unknown");
  }

  @Test
  void importChecksItsArgumentsBeforeOpeningOrCreatingTheDataDirectory() {
    Path data = Path.of("data");
    org.junit.jupiter.api.Assumptions.assumeFalse(Files.exists(data), "./data exists already");
    Run missing = run("import");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.err()).contains("Det saknas argument");
    Run nowhere = run("import", tmp.resolve("finns-inte").toString());
    assertThat(nowhere.code()).isEqualTo(2);
    assertThat(nowhere.err()).contains("Katalogen finns inte");
    assertThat(data).doesNotExist();
  }

  @Test
  void aLockedStoreIsRecognisedAnywhereInTheCauseChain() {
    assertThat(
            Cli.storeInUse(
                new IllegalStateException(
                    "bean", new RuntimeException("Database may be already in use: x.mv.db"))))
        .isTrue();
    assertThat(Cli.storeInUse(new RuntimeException("nothing to do with locks"))).isFalse();
  }

  @Test
  void renderWritesOnlyItsOutputAndRefusesALinkInIt() throws Exception {
    Path out = tmp.resolve("out");
    Run ok =
        run(
            "render",
            "--out",
            out.toString(),
            "--seed",
            "model-seed/klassa-2.1,model-seed/exempelkommun");
    assertThat(ok.code()).as(ok.err()).isZero();
    try (Stream<Path> files = Files.list(out)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList())
          .isNotEmpty()
          .allMatch(n -> n.endsWith(".svg") || n.startsWith("processkarta."));
    }
    try (Stream<Path> files = Files.list(tmp)) {
      assertThat(files.map(p -> p.getFileName().toString()).toList()).containsExactly("out");
    }
    Path victim = Files.writeString(tmp.resolve("victim.txt"), "orörd");
    String first;
    try (Stream<Path> files = Files.list(out)) {
      first = files.map(p -> p.getFileName().toString()).sorted().findFirst().orElseThrow();
    }
    Files.delete(out.resolve(first));
    Files.createSymbolicLink(out.resolve(first), victim);
    Run refused =
        run(
            "render",
            "--out",
            out.toString(),
            "--seed",
            String.join(",", List.of("model-seed/klassa-2.1", "model-seed/exempelkommun")));
    assertThat(refused.code()).isEqualTo(2);
    assertThat(refused.err()).contains("symbolisk länk");
    assertThat(Files.readString(victim)).isEqualTo("orörd");
  }
}
