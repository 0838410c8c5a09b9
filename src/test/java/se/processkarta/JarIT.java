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
import java.util.Map;
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

  /**
   * The server's first answer to GET /api/elements/3.5 (status 0 if none came), its log, how many
   * processes the started JVM had forked (the server itself runs in a child JVM), and those still
   * running 30 s after it was stopped.
   */
  record Served(
      int status,
      String body,
      String log,
      String logWhenHealthy,
      int forked,
      List<ProcessHandle> survivors) {}

  private static Run java(Path dataDir, String... args) throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of(javaBin(), "-jar", JAR.toString()));
    cmd.addAll(List.of(args));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().put("PROCESSKARTA_DATA_DIR", dataDir.toString());
    // The messages are read back as UTF-8: a caller without a locale (env -i, a bare CI shell)
    // made the JVM write åäö as '?'. The user's terminal decides that, not this test's caller.
    pb.environment().put("LC_ALL", "C.UTF-8");
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

    Served served = serve(tmp, Map.of("PROCESSKARTA_DATA_DIR", data.toString()), false);
    assertThat(served.status()).as(served.log()).isEqualTo(200);
    assertThat(served.body()).contains("\"name\":\"Utbildning\"");
    assertThat(served.logWhenHealthy()).as(served.log()).contains("PageWarmup - Sidorna");

    // Killed outright, the launcher cannot stop the server: the server notices and stops itself,
    // rather than keep the port and the store locked.
    Served killed = serve(tmp, Map.of("PROCESSKARTA_DATA_DIR", data.toString()), true);
    assertThat(killed.status()).as(killed.log()).isEqualTo(200);
    assertThat(killed.forked()).as("the server runs in a child JVM").isPositive();
    assertThat(killed.survivors()).isEmpty();
  }

  /**
   * The README's first command as a newcomer runs it: no environment at all, in a directory that
   * holds model-seed/, so the data goes to ./data and the seed loads on first start.
   */
  @Test
  void theServerStartsOnItsDefaultsInAFreshDirectory(@TempDir Path tmp) throws Exception {
    copy(Path.of("model-seed"), tmp.resolve("model-seed"));
    Served served = serve(tmp, Map.of(), false);
    assertThat(served.status()).as(served.log()).isEqualTo(200);
    assertThat(served.forked()).as("the server runs in a child JVM").isPositive();
    assertThat(served.survivors()).as("stopped with the launcher").isEmpty();
    assertThat(served.log()).doesNotContain("Unable to use shared archive");
    assertThat(served.body()).contains("\"name\":\"Utbildning\"");
    assertThat(served.logWhenHealthy()).as(served.log()).contains("PageWarmup - Sidorna");
    assertThat(tmp.resolve("data/neo4j")).isDirectory();
    assertThat(tmp.resolve("data/h2")).isDirectory();
  }

  /**
   * Starts the server in {@code dir} with {@code env} on a free port, asks it once, then stops it
   * (with SIGKILL if {@code kill}) and waits up to 30 s for every process it started to end.
   */
  private static Served serve(Path dir, Map<String, String> env, boolean kill) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    ProcessBuilder pb =
        new ProcessBuilder(javaBin(), "-jar", JAR.toAbsolutePath().toString())
            .directory(dir.toFile());
    pb.environment().remove("PROCESSKARTA_DATA_DIR");
    pb.environment().putAll(env);
    pb.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
    Path log = Files.createTempFile("server", ".log");
    Process server = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int status = 0;
    String body = "";
    String logWhenHealthy = "";
    List<ProcessHandle> children = List.of();
    List<ProcessHandle> survivors = new ArrayList<>();
    try {
      HttpClient client = HttpClient.newHttpClient();
      HttpRequest req =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/elements/3.5"))
              .timeout(Duration.ofSeconds(5))
              .build();
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (status == 0 && System.nanoTime() < deadline && server.isAlive()) {
        try {
          HttpResponse<String> res = client.send(req, HttpResponse.BodyHandlers.ofString());
          status = res.statusCode();
          body = res.body();
        } catch (IOException notYet) {
          Thread.sleep(250);
        }
      }
      // /health turns green only when the pages have been visited once (web.pages.PageWarmup): a
      // load balancer that waits for it sends no user to a cold service.
      HttpRequest health =
          HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
              .timeout(Duration.ofSeconds(5))
              .build();
      while (status == 200 && System.nanoTime() < deadline && server.isAlive()) {
        if (client.send(health, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
          logWhenHealthy = Files.readString(log);
          break;
        }
        Thread.sleep(100);
      }
    } finally {
      children = server.descendants().toList();
      if (kill) {
        server.destroyForcibly();
      } else {
        server.destroy();
      }
      server.waitFor(30, TimeUnit.SECONDS);
      for (ProcessHandle child : children) {
        try {
          child.onExit().get(30, TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException stillThere) {
          survivors.add(child);
          child.destroyForcibly();
        }
      }
    }
    return new Served(
        status, body, Files.readString(log), logWhenHealthy, children.size(), survivors);
  }

  private static void copy(Path from, Path to) throws IOException {
    try (var paths = Files.walk(from)) {
      for (Path p : (Iterable<Path>) paths::iterator) {
        Files.copy(p, to.resolve(from.relativize(p).toString()));
      }
    }
  }
}
