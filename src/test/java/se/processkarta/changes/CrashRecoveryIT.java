package se.processkarta.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.processkarta.TestCodes;
import se.processkarta.TestPostgres;

/**
 * Crash safety with real processes: the packaged server is halted (as kill -9 would, through the
 * test-only PROCESSKARTA_TEST_HALT_AT) at each point between the writes of an approval, then
 * restarted; the change must be published exactly once. The graph is a Neo4j server in another JVM
 * (this test JVM's shared one). With a PostgreSQL at hand the restart is two instances at once,
 * which must still apply the change once, and a change approved on one is served by the other.
 */
class CrashRecoveryIT {

  private static long modelVersion(JarServer s) throws Exception {
    return JarServer.number(s.ok("GET", "/health", "admin", null), "modelStamp");
  }

  private static long submitChange(JarServer s, String code, String name) throws Exception {
    long id =
        JarServer.number(
            s.ok("POST", "/api/changes", "edith", JarServer.createBody("Krasch", code, name)),
            "id");
    s.ok("POST", "/api/changes/" + id + "/submit", "edith", "{}");
    return id;
  }

  @ParameterizedTest
  @ValueSource(strings = {CrashPoints.APPROVED, CrashPoints.GRAPH_APPLIED})
  void aCrashBetweenTheWritesLosesNothingAndAppliesNothingTwice(String point, @TempDir Path tmp)
      throws Exception {
    Optional<TestPostgres.Database> pg = TestPostgres.fresh();
    Map<String, String> env = JarServer.env(tmp.resolve("data"), pg);
    Map<String, String> crashing = new HashMap<>(env);
    crashing.put("PROCESSKARTA_TEST_HALT_AT", point);

    JarServer first = JarServer.up(crashing, tmp, "first");
    first.user("edith", "MODEL_EDITOR");
    first.user("rune", "MODEL_REVIEWER");
    String code = TestCodes.next();
    long id = submitChange(first, code, "Överlever <krasch> & \"omstart\"");
    long before = modelVersion(first);
    try {
      HttpResponse<String> r = first.send("POST", "/api/changes/" + id + "/approve", "rune", "{}");
      throw new AssertionError(
          "the server answered instead of halting: " + r.statusCode() + " " + r.body());
    } catch (IOException expected) {
      // the server halted mid-request
    }
    assertThat(first.process().waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(first.process().exitValue()).isEqualTo(137);

    List<JarServer> restarted = new ArrayList<>();
    restarted.add(JarServer.start(env, tmp, "second"));
    if (pg.isPresent()) {
      restarted.add(JarServer.start(env, tmp, "third")); // two instances recovering at once
    }
    try {
      for (JarServer s : restarted) {
        s.awaitUp();
      }
      JarServer a = restarted.get(0);
      String change = a.ok("GET", "/api/changes/" + id, "edith", null);
      assertThat(change).contains("\"state\":\"APPLIED\"");
      assertThat(JarServer.number(change, "appliedVersion")).isGreaterThan(before);
      assertThat(a.ok("GET", "/api/elements/" + code, null, null))
          .contains("Överlever <krasch> & \\\"omstart\\\"");
      String versions = a.ok("GET", "/api/versions", null, null);
      assertThat(Pattern.compile("\"changeId\":" + id + "\\b").matcher(versions).results().count())
          .as(versions)
          .isEqualTo(1);
      if (restarted.size() == 2) {
        JarServer b = restarted.get(1);
        String other = TestCodes.next();
        long next = submitChange(a, other, "Syns direkt på den andra");
        a.ok("POST", "/api/changes/" + next + "/approve", "rune", "{}");
        assertThat(b.send("GET", "/api/elements/" + other, null, null).statusCode()).isEqualTo(200);
        assertThat(modelVersion(b)).isEqualTo(modelVersion(a));
      }
    } finally {
      for (JarServer s : restarted) {
        s.stop();
      }
    }
  }
}
