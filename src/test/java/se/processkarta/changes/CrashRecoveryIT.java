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
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.processkarta.SharedGraph;
import se.processkarta.TestPostgres;

/**
 * Crash safety with real processes: the packaged server is halted (as kill -9 would, through the
 * test-only PROCESSKARTA_TEST_HALT_AT) at each point between the writes of an approval, then
 * restarted; the change must be published exactly once. The graph is a Neo4j server in another JVM
 * (this test JVM's shared one). With a PostgreSQL at hand the restart is two instances at once,
 * which must still apply the change once, and a change approved on one is served by the other.
 */
class CrashRecoveryIT {

  private static final Path JAR = Path.of("target", "processkarta.jar");
  private static final String ADMIN_PASSWORD = "crash-admin-password";
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  record Server(Process process, int port, Path log) {
    String url(String path) {
      return "http://127.0.0.1:" + port + path;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  private static Server start(Map<String, String> env, Path dir, String name) throws Exception {
    int port = freePort();
    Path log = dir.resolve(name + ".log");
    ProcessBuilder pb =
        new ProcessBuilder(
            Path.of(System.getProperty("java.home"), "bin", "java").toString(),
            "-Xmx512m",
            "-jar",
            JAR.toString());
    pb.environment().putAll(env);
    pb.environment().put("MICRONAUT_SERVER_PORT", String.valueOf(port));
    pb.environment().put("PROCESSKARTA_FORK", "false");
    Process p = pb.redirectErrorStream(true).redirectOutput(log.toFile()).start();
    return new Server(p, port, log);
  }

  private static void awaitUp(Server s) throws Exception {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
    while (System.nanoTime() < deadline) {
      assertThat(s.process().isAlive()).as(Files.readString(s.log())).isTrue();
      try {
        if (send(s, "GET", "/health", null, null).statusCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new AssertionError("server did not start: " + Files.readString(s.log()));
  }

  private static HttpResponse<String> send(
      Server s, String method, String path, String user, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(s.url(path))).timeout(Duration.ofSeconds(60));
    if (user != null) {
      String pw = user.equals("admin") ? ADMIN_PASSWORD : "crash-test-password";
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

  private static String ok(HttpResponse<String> r) {
    assertThat(r.statusCode()).as(r.body()).isBetween(200, 201);
    return r.body();
  }

  private static long number(String json, String field) {
    Matcher m = Pattern.compile("\"" + field + "\":(\\d+)").matcher(json);
    assertThat(m.find()).as(json).isTrue();
    return Long.parseLong(m.group(1));
  }

  private static long modelVersion(Server s) throws Exception {
    return number(ok(send(s, "GET", "/health", "admin", null)), "modelStamp");
  }

  private static long submitChange(Server s, String code, String name) throws Exception {
    String parent = code.substring(0, code.lastIndexOf('.'));
    String body =
        "{\"title\":\"Krasch\",\"operations\":[{\"op\":\"createElement\",\"parentCode\":\""
            + parent
            + "\",\"code\":\""
            + code
            + "\",\"name\":\""
            + name.replace("\"", "\\\"")
            + "\"}]}";
    long id = number(ok(send(s, "POST", "/api/changes", "edith", body)), "id");
    ok(send(s, "POST", "/api/changes/" + id + "/submit", "edith", "{}"));
    return id;
  }

  @ParameterizedTest
  @ValueSource(strings = {CrashPoints.APPROVED, CrashPoints.GRAPH_APPLIED})
  void aCrashBetweenTheWritesLosesNothingAndAppliesNothingTwice(String point, @TempDir Path tmp)
      throws Exception {
    Optional<TestPostgres.Database> pg = TestPostgres.fresh();
    Map<String, String> env = new HashMap<>();
    env.put("PROCESSKARTA_NEO4J_URI", SharedGraph.boltUri());
    env.put("PROCESSKARTA_NEO4J_PASSWORD", SharedGraph.password());
    env.put("PROCESSKARTA_ADMIN_USER", "admin");
    env.put("PROCESSKARTA_ADMIN_PASSWORD", ADMIN_PASSWORD);
    env.put("PROCESSKARTA_DATA_DIR", tmp.resolve("data").toString());
    pg.ifPresent(
        d -> {
          Map<String, String> p = d.properties();
          env.put("PROCESSKARTA_JDBC_URL", p.get("datasources.default.url"));
          env.put("PROCESSKARTA_JDBC_USER", d.user());
          env.put("PROCESSKARTA_JDBC_PASSWORD", d.password());
        });
    Map<String, String> crashing = new HashMap<>(env);
    crashing.put("PROCESSKARTA_TEST_HALT_AT", point);

    Server first = start(crashing, tmp, "first");
    awaitUp(first);
    for (String[] u : new String[][] {{"edith", "MODEL_EDITOR"}, {"rune", "MODEL_REVIEWER"}}) {
      ok(
          send(
              first,
              "POST",
              "/api/users",
              "admin",
              "{\"username\":\""
                  + u[0]
                  + "\",\"password\":\"crash-test-password\",\"permissions\":[\""
                  + u[1]
                  + "\"]}"));
    }
    // 5000–6999: clear of the change-flow tests (below 5000) and the diff drawing test (8000–8999),
    // which share this graph.
    String code = "3.3.8." + (5000 + new java.util.Random().nextInt(2000));
    long id = submitChange(first, code, "Överlever <krasch> & \"omstart\"");
    long before = modelVersion(first);
    try {
      HttpResponse<String> r = send(first, "POST", "/api/changes/" + id + "/approve", "rune", "{}");
      throw new AssertionError(
          "the server answered instead of halting: " + r.statusCode() + " " + r.body());
    } catch (IOException expected) {
      // the server halted mid-request
    }
    assertThat(first.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(first.process().exitValue()).isEqualTo(137);

    List<Server> restarted = new ArrayList<>();
    restarted.add(start(env, tmp, "second"));
    if (pg.isPresent()) {
      restarted.add(start(env, tmp, "third")); // two instances recovering at the same time
    }
    try {
      for (Server s : restarted) {
        awaitUp(s);
      }
      Server a = restarted.get(0);
      String change = ok(send(a, "GET", "/api/changes/" + id, "edith", null));
      assertThat(change).contains("\"state\":\"APPLIED\"");
      assertThat(number(change, "appliedVersion")).isGreaterThan(before);
      assertThat(ok(send(a, "GET", "/api/elements/" + code, null, null)))
          .contains("Överlever <krasch> & \\\"omstart\\\"");
      String versions = ok(send(a, "GET", "/api/versions", null, null));
      assertThat(Pattern.compile("\"changeId\":" + id + "\\b").matcher(versions).results().count())
          .as(versions)
          .isEqualTo(1);
      if (restarted.size() == 2) {
        Server b = restarted.get(1);
        String other = "3.3.8." + (9000 + new java.util.Random().nextInt(900));
        long next = submitChange(a, other, "Syns direkt på den andra");
        ok(send(a, "POST", "/api/changes/" + next + "/approve", "rune", "{}"));
        assertThat(send(b, "GET", "/api/elements/" + other, null, null).statusCode())
            .isEqualTo(200);
        assertThat(modelVersion(b)).isEqualTo(modelVersion(a));
      }
    } finally {
      for (Server s : restarted) {
        s.process().destroy();
        s.process().waitFor(30, TimeUnit.SECONDS);
      }
    }
  }
}
