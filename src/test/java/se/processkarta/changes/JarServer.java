package se.processkarta.changes;

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
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.processkarta.SharedGraph;
import se.processkarta.TestPostgres;

/**
 * The packaged server in a process of its own, for tests that kill it as {@code kill -9} would
 * ({@link #kill}) and start it again on the same stores. The graph is this test JVM's shared Neo4j
 * (the relational store is what the crash tests are about); the relational store is the embedded H2
 * file under the data directory, or a PostgreSQL database of the test's own.
 */
record JarServer(Process process, int port, Path log) {

  static final Path JAR = Path.of("target", "processkarta.jar");
  static final String ADMIN_PASSWORD = "crash-admin-password";
  static final String PASSWORD = "crash-test-password";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  /** The environment of a server on the shared graph and {@code dataDir}, with H2 or {@code pg}. */
  static Map<String, String> env(Path dataDir, Optional<TestPostgres.Database> pg) {
    Map<String, String> env = new HashMap<>();
    env.put("PROCESSKARTA_NEO4J_URI", SharedGraph.boltUri());
    env.put("PROCESSKARTA_NEO4J_PASSWORD", SharedGraph.password());
    env.put("PROCESSKARTA_ADMIN_USER", "admin");
    env.put("PROCESSKARTA_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("PROCESSKARTA_DATA_DIR", dataDir.toString());
    // Started thirty times a run to be killed: the pages' warm-up (JarIT checks it) is left out.
    env.put("PROCESSKARTA_WARM_PAGES", "false");
    pg.ifPresent(
        d -> {
          Map<String, String> p = d.properties();
          env.put("PROCESSKARTA_JDBC_URL", p.get("datasources.default.url"));
          env.put("PROCESSKARTA_JDBC_USER", d.user());
          env.put("PROCESSKARTA_JDBC_PASSWORD", d.password());
        });
    return env;
  }

  static JarServer start(Map<String, String> env, Path dir, String name) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    Path log = dir.resolve(name + ".log");
    List<String> cmd =
        new ArrayList<>(
            List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m",
                // These servers are started some thirty times a run to be killed: the client
                // compiler alone and the class-data archive the build writes beside the jar (as the
                // launcher uses it) halve the time each takes to answer.
                "-XX:TieredStopAtLevel=1"));
    Path archive = JAR.resolveSibling("processkarta.jsa");
    if (Files.exists(archive)) {
      cmd.add("-XX:SharedArchiveFile=" + archive);
    }
    cmd.addAll(List.of("-jar", JAR.toString()));
    ProcessBuilder pb = new ProcessBuilder(cmd);
    pb.environment().putAll(env);
    pb.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
    pb.environment().put("PROCESSKARTA_FORK", "false");
    Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    // A test JVM that is stopped (a build timeout, Ctrl-C) takes its servers with it.
    Runtime.getRuntime().addShutdownHook(new Thread(p::destroyForcibly));
    return new JarServer(p, port, log);
  }

  /** Starts and waits until /health answers. */
  static JarServer up(Map<String, String> env, Path dir, String name) throws Exception {
    JarServer s = start(env, dir, name);
    s.awaitUp();
    return s;
  }

  String url(String path) {
    return "http://127.0.0.1:" + port + path;
  }

  void awaitUp() throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      assertThat(process.isAlive()).as(Files.readString(log)).isTrue();
      try {
        if (send("GET", "/health", null, null).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new AssertionError("server did not start: " + Files.readString(log));
  }

  /** As {@code kill -9}: no shutdown hook, nothing flushed. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
  }

  /** A polite stop, for the end of a test. */
  void stop() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(30, TimeUnit.SECONDS)) {
      kill();
    }
  }

  /** A JSON request as {@code user} (admin, or any test user with {@link #PASSWORD}). */
  HttpResponse<String> send(String method, String path, String user, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(url(path))).timeout(Duration.ofSeconds(60));
    if (user != null) {
      String pw = user.equals("admin") ? ADMIN_PASSWORD : PASSWORD;
      b.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + pw).getBytes(StandardCharsets.UTF_8)));
    }
    b.header("Content-Type", "application/json");
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  /** The body of a 2xx answer; anything else fails the test with the answer. */
  String ok(String method, String path, String user, String body) throws Exception {
    return ok(send(method, path, user, body));
  }

  static String ok(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
    return r.body();
  }

  static long number(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
    assertThat(m.find()).as(json).isTrue();
    return Long.parseLong(m.group(1));
  }

  /** Creates a user with {@link #PASSWORD}, as admin. */
  void user(String name, String permission) throws Exception {
    ok(
        "POST",
        "/api/users",
        "admin",
        "{\"username\":\""
            + name
            + "\",\"password\":\""
            + PASSWORD
            + "\",\"permissions\":[\""
            + permission
            + "\"]}");
  }

  /** A change that creates {@code code} (under its parent) named {@code name}, as a draft. */
  static String createBody(String title, String code, String name) {
    String parent = code.substring(0, code.lastIndexOf('.'));
    return "{\"title\":\""
        + title
        + "\",\"operations\":[{\"op\":\"createElement\",\"parentCode\":\""
        + parent
        + "\",\"code\":\""
        + code
        + "\",\"name\":\""
        + name.replace("\\", "\\\\").replace("\"", "\\\"")
        + "\"}]}";
  }

  static String renameBody(String title, String code, String name) {
    return "{\"title\":\""
        + title
        + "\",\"operations\":[{\"op\":\"updateElement\",\"code\":\""
        + code
        + "\",\"name\":\""
        + name
        + "\"}]}";
  }
}
