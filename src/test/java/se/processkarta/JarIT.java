package se.processkarta;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged application as a user runs it: {@code java -jar target/processkarta.jar}, both as
 * the import command and as the server on the embedded default.
 */
class JarIT {

  private static final Path JAR = Path.of("target/processkarta.jar");

  record Run(int exit, String out, String err) {}

  private static Run java(Path dataDir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(javaBin(), "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("PROCESSKARTA_DATA_DIR", dataDir.toString());
    Path out = Files.createTempFile("jar-out", ".txt");
    Path err = Files.createTempFile("jar-err", ".txt");
    Process p = pb.redirectOutput(out.toFile()).redirectError(err.toFile()).start();
    assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("finished in time").isTrue();
    return new Run(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  private static String javaBin() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  @Test
  void importIsAllOrNothingThenIdempotentAndTheServerServesTheResult(@TempDir Path tmp)
      throws Exception {
    Path data = tmp.resolve("data");
    Path broken = Files.createDirectories(tmp.resolve("trasig"));
    Files.writeString(broken.resolve("a.yaml"), "elements:\n  - code: \"9.1\"\n    name: x\n");
    Run bad = java(data, "import", "model-seed/klassa-2.1", broken.toString());
    assertThat(bad.exit()).isEqualTo(2);
    assertThat(bad.err()).contains("trasig/a.yaml:2").contains("Föräldern 9 till 9.1 finns inte");

    Run first = java(data, "import", "model-seed/klassa-2.1", "model-seed/exempelkommun");
    assertThat(first.exit()).as(first.err()).isZero();
    assertThat(first.out()).contains("Importerade");
    Run second = java(data, "import", "model-seed/klassa-2.1", "model-seed/exempelkommun");
    assertThat(second.exit()).as(second.err()).isZero();
    assertThat(second.out()).contains("Inga ändringar");

    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ProcessBuilder pb = new ProcessBuilder(javaBin(), "-jar", JAR.toString());
    pb.environment().put("PROCESSKARTA_DATA_DIR", data.toString());
    pb.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
    Process server =
        pb.redirectErrorStream(true).redirectOutput(tmp.resolve("server.log").toFile()).start();
    try {
      HttpClient client = HttpClient.newHttpClient();
      HttpRequest req =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/elements/3.5"))
              .timeout(Duration.ofSeconds(5))
              .build();
      HttpResponse<String> res = null;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (System.nanoTime() < deadline && server.isAlive()) {
        try {
          res = client.send(req, HttpResponse.BodyHandlers.ofString());
          break;
        } catch (IOException notYet) {
          Thread.sleep(250);
        }
      }
      assertThat(res).as(Files.readString(tmp.resolve("server.log"))).isNotNull();
      assertThat(res.statusCode()).isEqualTo(200);
      assertThat(res.body()).contains("\"name\":\"Utbildning\"");
    } finally {
      server.destroy();
      server.waitFor(30, TimeUnit.SECONDS);
    }
  }
}
