package se.processkarta.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.processkarta.changes.Actor;
import se.processkarta.changes.ChangeService;
import se.processkarta.changes.Permission;
import se.processkarta.changes.Users;
import se.processkarta.graph.EmbeddedNeo4jServer;
import se.processkarta.imports.ImportService;

/**
 * The import budgets (issue 12): a 10,000-row CSV (200 new processes under 3.3.1–3.3.8, each with
 * 49 activities, so 10,000 {@code createElement} operations, the most one change holds) imported
 * into a change request (≤ 3 s), then submitted and approved (≤ 5 s); and the same file imported
 * again once it is published, which reads and plans all 10,000 rows against the model and finds
 * nothing to change (the importer's own share, without the change path's check):
 *
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=se.processkarta.bench.ImportBench \
 *     -Dexec.classpathScope=test
 * </pre>
 */
public final class ImportBench {

  private ImportBench() {}

  static final int PROCESSES = 200;
  static final int ACTIVITIES = 49;

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("import-bench");
    try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(dir.resolve("neo4j"))) {
      Map<String, Object> props = new HashMap<>();
      props.put("processkarta.neo4j.uri", server.boltUri());
      props.put("processkarta.neo4j.password", server.password());
      props.put("processkarta.data-dir", dir.toString());
      props.put("processkarta.admin.password", "bench-admin-password");
      props.put("micronaut.server.port", -1);
      props.put(
          "datasources.default.url",
          "jdbc:h2:mem:importbench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
      try (EmbeddedServer app = ApplicationContext.run(EmbeddedServer.class, props)) {
        run(app.getApplicationContext());
      }
    }
  }

  static byte[] csv() {
    StringBuilder b =
        new StringBuilder(
            "\uFEFFkod;nivå;namn;beskrivning;syfte;mottagare;status;processägare;processledare;"
                + "processteam\r\n");
    for (int p = 0; p < PROCESSES; p++) {
      String code = "3.3." + (1 + p % 8) + "." + (500 + p);
      b.append(code)
          .append(";4;\"Bänkprocess ")
          .append(p)
          .append("; \"\"citat\"\" & <tagg>\";Beskrivning av processen;;;;;;\r\n");
      for (int a = 1; a <= ACTIVITIES; a++) {
        b.append(code).append('.').append(a).append(";5;Steg ").append(a).append(";;;;;;;\r\n");
      }
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static void run(ApplicationContext ctx) {
    ImportService imports = ctx.getBean(ImportService.class);
    ChangeService changes = ctx.getBean(ChangeService.class);
    Users users = ctx.getBean(Users.class);
    users.create("bench-editor", "bench-password-1", null, List.of("MODEL_EDITOR"));
    users.create("bench-reviewer", "bench-password-1", null, List.of("MODEL_REVIEWER"));
    Actor editor = Actor.with("bench-editor", Permission.MODEL_EDITOR);
    Actor reviewer = Actor.with("bench-reviewer", Permission.MODEL_REVIEWER);
    byte[] file = csv();
    ImportService.Request request =
        new ImportService.Request("csv", "bench.csv", null, null, false);

    long c0 = ChangeBench.cpu();
    long t0 = System.nanoTime();
    ImportService.Result r = imports.importFile(editor, request, file);
    long t1 = System.nanoTime();
    long c1 = ChangeBench.cpu();
    changes.submit(editor, r.change().id());
    long t2 = System.nanoTime();
    long c2 = ChangeBench.cpu();
    var applied = changes.approve(reviewer, r.change().id(), "ok");
    long t3 = System.nanoTime();
    long c3 = ChangeBench.cpu();
    if (!applied.state().name().equals("APPLIED")) {
      throw new IllegalStateException("not applied: " + applied.state());
    }
    double[] again = new double[5];
    for (int i = -2; i < again.length; i++) {
      long s = System.nanoTime();
      ImportService.Result none = imports.importFile(editor, request, file);
      long e = System.nanoTime();
      if (none.change() != null) {
        throw new IllegalStateException("the published file changed something");
      }
      if (i >= 0) {
        again[i] = (e - s) / 1e6;
      }
    }
    java.util.Arrays.sort(again);
    System.out.printf(
        Locale.ROOT,
        "%,d rows (%.1f MB): import into a change %.1f s (JVM CPU %.1f s), submit %.1f s,"
            + " approve+apply %.1f s (JVM CPU %.1f s); re-import of the published file (read +"
            + " plan, no change) median %.0f ms%n",
        r.summary().operations(),
        file.length / 1e6,
        (t1 - t0) / 1e9,
        (c1 - c0) / 1e9,
        (t2 - t1) / 1e9,
        (t3 - t2) / 1e9,
        (c3 - c2) / 1e9,
        again[again.length / 2]);
  }
}
