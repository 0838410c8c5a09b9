package se.processkarta.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.processkarta.changes.Actor;
import se.processkarta.changes.ChangeService;
import se.processkarta.changes.ChangeView;
import se.processkarta.changes.Operation;
import se.processkarta.changes.Permission;
import se.processkarta.changes.Users;
import se.processkarta.graph.EmbeddedNeo4jServer;
import se.processkarta.hierarchy.HierarchyService;
import se.processkarta.hierarchy.PastTree;

/**
 * The change path's budgets: approving (four-eyes check, stale check, apply in one graph
 * transaction, mark applied with version and audit rows) a 100-operation change (≤ 300 ms) and a
 * 5,000-operation change (≤ 5 s), on the seeded model. Drafting and submitting (which check the
 * change) are timed too, but are not part of the budget. First, the whole-seed tree at an old
 * version against the current uncached read (≤ 3×); {@code -Dbench.historyOnly=true} stops there.
 *
 * <p>{@code -Dbench.manyChanges=true} instead makes a data directory for the restart budget (≤ 10 s
 * with 1,000 applied changes in the store): a fresh embedded store (Neo4j under {@code neo4j/}, H2
 * under {@code h2/}, as the packaged service lays it out), the seed loaded on first start, then
 * 1,000 changes drafted, submitted and approved through {@code ChangeService}; it prints the
 * directory ({@code -Dbench.dataDir=DIR} chooses it; it must not exist yet) for a timed restart:
 *
 * <pre>
 * ./mvnw -B -q -Dcds.skip=true test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=se.processkarta.bench.ChangeBench -Dbench.manyChanges=true
 * </pre>
 */
public final class ChangeBench {

  private ChangeBench() {}

  public static void main(String[] args) throws Exception {
    if (Boolean.getBoolean("bench.manyChanges")) {
      manyChanges();
      return;
    }
    Path dir = Files.createTempDirectory("change-bench");
    try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(dir.resolve("neo4j"))) {
      Map<String, Object> props = new HashMap<>();
      props.put("processkarta.neo4j.uri", server.boltUri());
      props.put("processkarta.neo4j.password", server.password());
      props.put("processkarta.data-dir", dir.toString());
      props.put("processkarta.admin.password", "bench-admin-password");
      props.put("micronaut.server.port", -1);
      props.put(
          "datasources.default.url",
          "jdbc:h2:mem:changebench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
      try (EmbeddedServer app = ApplicationContext.run(EmbeddedServer.class, props)) {
        run(app.getApplicationContext());
      }
    }
  }

  private static int next = 100;

  /**
   * CPU time of the whole JVM (the service and the in-process Neo4j), in ns: on a machine shared
   * with other builds it says what a step costs better than the wall clock does.
   */
  static long cpu() {
    return ((com.sun.management.OperatingSystemMXBean)
            java.lang.management.ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime();
  }

  static final int MANY = 1000;

  /** A data directory holding 1,000 applied changes, for the restart budget. */
  private static void manyChanges() throws Exception {
    String chosen = System.getProperty("bench.dataDir", "");
    Path dir;
    if (chosen.isBlank()) {
      dir = Files.createTempDirectory("processkarta-many-changes");
    } else {
      dir = Path.of(chosen);
      if (Files.exists(dir)) {
        throw new IllegalStateException(dir + " exists already: give a new directory");
      }
      Files.createDirectories(dir);
    }
    dir = dir.toAbsolutePath().normalize();
    Map<String, Object> props = new HashMap<>();
    // No Neo4j URI and no JDBC URL: the embedded defaults under the data directory, as the
    // packaged service uses them.
    props.put("processkarta.data-dir", dir.toString());
    props.put("processkarta.admin.password", "bench-admin-password");
    props.put("micronaut.server.port", -1);
    long t0 = System.nanoTime();
    try (EmbeddedServer app = ApplicationContext.run(EmbeddedServer.class, props)) {
      ApplicationContext ctx = app.getApplicationContext();
      ChangeService changes = ctx.getBean(ChangeService.class);
      Users users = ctx.getBean(Users.class);
      users.create("bench-editor", "bench-password-1", null, List.of("MODEL_EDITOR"));
      users.create("bench-reviewer", "bench-password-1", null, List.of("MODEL_REVIEWER"));
      Actor editor = Actor.with("bench-editor", Permission.MODEL_EDITOR);
      Actor reviewer = Actor.with("bench-reviewer", Permission.MODEL_REVIEWER);
      long t1 = System.nanoTime();
      String made = null;
      for (int i = 0; i < MANY; i++) {
        // Every other change renames the process the one before it made: creates and updates.
        List<Operation> ops;
        if (i % 2 == 0) {
          ops = creates(1);
          made = ops.get(0).code();
        } else {
          ops = List.of(update(made, "Omdöpt bänkprocess " + made));
        }
        ChangeView c = changes.create(editor, "Bänk " + (i + 1), null, ops);
        changes.submit(editor, c.id());
        ChangeView applied = changes.approve(reviewer, c.id(), "ok");
        if (!applied.state().name().equals("APPLIED")) {
          throw new IllegalStateException("not applied: " + applied.state());
        }
      }
      System.out.printf(
          Locale.ROOT,
          "%,d changes applied in %.1f s (start with the seed %.1f s).%nData directory: %s%n"
              + "Restart it with: PROCESSKARTA_DATA_DIR=%s java -jar target/processkarta.jar%n",
          MANY,
          (System.nanoTime() - t1) / 1e9,
          (t1 - t0) / 1e9,
          dir,
          dir);
    }
  }

  private static Operation update(String code, String name) {
    return new Operation(
        "updateElement",
        code,
        null,
        null,
        null,
        name,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  private static List<Operation> creates(int n) {
    // Level-4 processes spread over the seed's process groups under 3.3 (3.3.1 … 3.3.8).
    List<Operation> ops = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      String parent = "3.3." + (1 + i % 8);
      String code = parent + "." + (next++);
      ops.add(
          new Operation(
              "createElement",
              code,
              parent,
              null,
              null,
              "Bänkprocess " + code,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null));
    }
    return ops;
  }

  private static void run(ApplicationContext ctx) {
    ChangeService changes = ctx.getBean(ChangeService.class);
    Users users = ctx.getBean(Users.class);
    users.create("bench-editor", "bench-password-1", null, List.of("MODEL_EDITOR"));
    users.create("bench-reviewer", "bench-password-1", null, List.of("MODEL_REVIEWER"));
    Actor editor = Actor.with("bench-editor", Permission.MODEL_EDITOR);
    Actor reviewer = Actor.with("bench-reviewer", Permission.MODEL_REVIEWER);
    // First, on the seed alone: old versions and the current one then have the same ~790 elements.
    history(ctx, changes, editor, reviewer);
    if (Boolean.getBoolean("bench.historyOnly")) {
      return;
    }
    for (int[] plan : new int[][] {{100, 10, 25}, {5000, 1, 3}}) {
      int size = plan[0];
      int warm = plan[1];
      int runs = plan[2];
      double[] approve = new double[runs];
      double[] approveCpu = new double[runs];
      double[] draft = new double[runs];
      for (int r = -warm; r < runs; r++) {
        long t0 = System.nanoTime();
        ChangeView c = changes.create(editor, "Bänk " + size, null, creates(size));
        changes.submit(editor, c.id());
        long c1 = cpu();
        long t1 = System.nanoTime();
        ChangeView applied = changes.approve(reviewer, c.id(), "ok");
        long t2 = System.nanoTime();
        long c2 = cpu();
        if (!applied.state().name().equals("APPLIED")) {
          throw new IllegalStateException("not applied: " + applied.state());
        }
        if (r >= 0) {
          draft[r] = (t1 - t0) / 1e6;
          approve[r] = (t2 - t1) / 1e6;
          approveCpu[r] = (c2 - c1) / 1e6;
        }
      }
      java.util.Arrays.sort(approve);
      java.util.Arrays.sort(approveCpu);
      java.util.Arrays.sort(draft);
      System.out.printf(
          Locale.ROOT,
          "%,d operations: approve+apply median %.0f ms, max %.0f ms (%d runs; CPU of the whole"
              + " JVM, Neo4j included, median %.0f ms); create+submit median %.0f ms%n",
          size,
          approve[runs / 2],
          approve[runs - 1],
          runs,
          approveCpu[runs / 2],
          draft[runs / 2]);
    }
  }

  /**
   * Reading the whole-seed tree at an old version (from the validity intervals, snapshot not
   * cached) against the current tree read just after a change (tree cache missed): budget ≤ 3×.
   */
  private static void history(
      ApplicationContext ctx, ChangeService changes, Actor editor, Actor reviewer) {
    HierarchyService hierarchy = ctx.getBean(HierarchyService.class);
    PastTree past = ctx.getBean(PastTree.class);
    int runs = 15;
    double[] current = new double[runs];
    for (int r = -5; r < runs; r++) {
      ChangeView c = changes.create(editor, "Bänk historik", null, creates(1));
      changes.submit(editor, c.id());
      changes.approve(reviewer, c.id(), "ok");
      long t0 = System.nanoTime();
      hierarchy.tree(Optional.empty(), 5);
      long t1 = System.nanoTime();
      if (r >= 0) {
        current[r] = (t1 - t0) / 1e6;
      }
    }
    double[] old = new double[runs];
    for (int r = -5; r < runs; r++) {
      // A different old version each time (the seed and the 1-operation changes after it): its
      // snapshot is not in the cache (8 versions kept).
      long v = 1 + (r + 5);
      long t0 = System.nanoTime();
      past.tree(v, Optional.empty(), 5);
      long t1 = System.nanoTime();
      if (r >= 0) {
        old[r] = (t1 - t0) / 1e6;
      }
    }
    java.util.Arrays.sort(current);
    java.util.Arrays.sort(old);
    System.out.printf(
        Locale.ROOT,
        "Whole-seed tree (depth 5): current, cache missed, median %.1f ms; an old version from the"
            + " intervals, uncached, median %.1f ms: %.1f× (budget ≤ 3×)%n",
        current[runs / 2],
        old[runs / 2],
        old[runs / 2] / current[runs / 2]);
  }
}
