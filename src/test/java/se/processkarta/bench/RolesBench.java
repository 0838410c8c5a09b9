package se.processkarta.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.IntConsumer;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import se.processkarta.graph.Cypher;
import se.processkarta.graph.EmbeddedNeo4jServer;
import se.processkarta.graph.ModelStamp;
import se.processkarta.hierarchy.ElementDraft;
import se.processkarta.hierarchy.HierarchyService;
import se.processkarta.model.Allocation;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.OrgUnit;
import se.processkarta.model.OrgUnitKind;
import se.processkarta.model.Period;
import se.processkarta.model.Person;
import se.processkarta.model.ResourcePool;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;
import se.processkarta.roles.ModelPeople;
import se.processkarta.roles.RoleService;

/**
 * The roles budgets (issue 3), measured on a synthetic model of 10,000 processes and 5,000 people:
 * warm median of GET /api/elements/{code}/roles (budget 5 ms) and of GET /api/roles/gaps and
 * /api/roles/conflicts over the whole model (budget 100 ms each), each next to the raw time of its
 * Cypher through the driver as the floor. Not a unit test: timings on a shared machine make flaky
 * tests. Run it with
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=se.processkarta.bench.RolesBench
 * </pre>
 *
 * It starts its own embedded Neo4j in a temporary directory and the service on a free port.
 */
public final class RolesBench {

  static final int AREAS_PER_TYPE = 10;
  static final int GROUPS_PER_AREA = 20;
  static final int PROCESSES_PER_GROUP = 10;
  static final int TYPES = 5;
  static final int PEOPLE = 5_000;
  static final int POOLS = 50;
  static final int WARM_SECONDS = Integer.getInteger("bench.warmSeconds", 60);
  static final int RUNS = 300;
  static final int REPORT_RUNS = 50;
  static final LocalDate DAY = LocalDate.of(2026, 11, 22);

  private RolesBench() {}

  public static void main(String[] args) throws Exception {
    Path dir = Files.createTempDirectory("roles-bench");
    try (EmbeddedNeo4jServer server = EmbeddedNeo4jServer.start(dir.resolve("neo4j"))) {
      Map<String, Object> props = new HashMap<>();
      props.put("processkarta.neo4j.uri", server.boltUri());
      props.put("processkarta.neo4j.password", server.password());
      props.put("processkarta.seed.on-start", false);
      props.put("processkarta.data-dir", dir.toString());
      props.put("micronaut.server.port", -1);
      props.put(
          "datasources.default.url",
          "jdbc:h2:mem:rolesbench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
      try (EmbeddedServer app = ApplicationContext.run(EmbeddedServer.class, props)) {
        run(app);
      }
    }
  }

  private static void run(EmbeddedServer app) throws Exception {
    ApplicationContext ctx = app.getApplicationContext();
    Driver driver = ctx.getBean(Driver.class);
    long start = System.nanoTime();
    List<Code> processes = build(ctx);
    System.out.printf(
        Locale.ROOT,
        "Synthetic model: %d processes, %d people, built in %.1f s%n",
        processes.size(),
        PEOPLE,
        (System.nanoTime() - start) / 1e9);

    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    String base = "http://localhost:" + app.getPort();
    Random random = new Random(7);
    String elementRoles = Cypher.load("roles/element-roles");
    String gaps = Cypher.load("roles/gaps");
    String conflicts = Cypher.load("roles/conflicts");

    ModelStamp stamp = ctx.getBean(ModelStamp.class);
    Runnable write = () -> write(driver, stamp::bump);
    IntConsumer rolesHttp =
        i -> get(http, base + "/api/elements/" + pick(processes, random) + "/roles?date=" + DAY);
    IntConsumer rolesRaw =
        i -> {
          Code c = pick(processes, random);
          cypher(
              driver,
              elementRoles,
              Map.of(
                  "code",
                  c.toString(),
                  "lineage",
                  c.lineage().stream().map(Code::toString).toList()));
        };
    IntConsumer gapsHttp = i -> get(http, base + "/api/roles/gaps?date=" + DAY);
    IntConsumer gapsRaw = i -> cypher(driver, gaps, Map.of("root", "", "prefix", "", "date", DAY));
    IntConsumer conflictsHttp = i -> get(http, base + "/api/roles/conflicts?date=" + DAY);
    IntConsumer conflictsRaw =
        i ->
            cypher(
                driver,
                conflicts,
                Map.of("date", DAY, "maxPercent", 100, "extra", Map.of(), "extraIds", List.of()));
    IntConsumer levelsHttp = i -> get(http, base + "/api/levels");

    // Warm the JIT on everything first, round-robin, so that no row is measured while the JVM is
    // still compiling the code paths of the rows after it (a few hundred calls are not enough on
    // two cores: the same query then runs two to three times slower than after a minute).
    long warmUntil = System.nanoTime() + WARM_SECONDS * 1_000_000_000L;
    for (int i = 0; System.nanoTime() < warmUntil; i++) {
      levelsHttp.accept(i);
      rolesHttp.accept(i);
      rolesRaw.accept(i);
      if (i % 20 == 0) {
        write.run();
        gapsHttp.accept(i);
        gapsRaw.accept(i);
        conflictsHttp.accept(i);
        conflictsRaw.accept(i);
      }
    }

    List<String> rows = new ArrayList<>();
    rows.add(measure("GET /api/levels (no graph: the HTTP floor)", RUNS, RUNS, null, levelsHttp));
    rows.add(measure("GET /api/elements/{code}/roles", RUNS, RUNS, null, rolesHttp));
    rows.add(measure("  raw Cypher roles/element-roles", RUNS, RUNS, null, rolesRaw));
    rows.add(
        measure(
            "GET /api/roles/gaps (whole model), first read after a write",
            REPORT_RUNS,
            REPORT_RUNS,
            write,
            gapsHttp));
    rows.add(
        measure(
            "GET /api/roles/gaps (whole model), model unchanged",
            REPORT_RUNS,
            REPORT_RUNS,
            null,
            gapsHttp));
    rows.add(measure("  raw Cypher roles/gaps", REPORT_RUNS, REPORT_RUNS, null, gapsRaw));
    rows.add(
        measure(
            "GET /api/roles/conflicts, first read after a write",
            REPORT_RUNS,
            REPORT_RUNS,
            write,
            conflictsHttp));
    rows.add(
        measure(
            "GET /api/roles/conflicts, model unchanged",
            REPORT_RUNS,
            REPORT_RUNS,
            null,
            conflictsHttp));
    rows.add(measure("  raw Cypher roles/conflicts", REPORT_RUNS, REPORT_RUNS, null, conflictsRaw));

    String gapsBody = get(http, base + "/api/roles/gaps?date=" + DAY);
    String conflictsBody = get(http, base + "/api/roles/conflicts?date=" + DAY);
    System.out.printf(
        Locale.ROOT,
        "Answer sizes: gaps %d bytes, conflicts %d bytes%n",
        gapsBody.length(),
        conflictsBody.length());
    System.out.println("| read | median | p90 |");
    System.out.println("|---|---:|---:|");
    rows.forEach(System.out::println);
  }

  /** Levels 1-4 of the tree, people, units, pools, roles and allocations; the process codes. */
  private static List<Code> build(ApplicationContext ctx) {
    HierarchyService hierarchy = ctx.getBean(HierarchyService.class);
    RoleService roles = ctx.getBean(RoleService.class);
    Driver driver = ctx.getBean(Driver.class);
    Random random = new Random(42);

    List<ElementDraft> drafts = new ArrayList<>();
    List<Code> areas = new ArrayList<>();
    List<Code> groups = new ArrayList<>();
    List<Code> processes = new ArrayList<>();
    for (int t = 1; t <= TYPES; t++) {
      Code type = Code.parse(String.valueOf(t));
      drafts.add(draft(type, ElementStatus.PUBLISHED));
      for (int a = 1; a <= AREAS_PER_TYPE; a++) {
        Code area = type.child(a);
        areas.add(area);
        drafts.add(draft(area, ElementStatus.PUBLISHED));
        for (int g = 1; g <= GROUPS_PER_AREA; g++) {
          Code group = area.child(g);
          groups.add(group);
          drafts.add(draft(group, ElementStatus.PUBLISHED));
          for (int p = 1; p <= PROCESSES_PER_GROUP; p++) {
            Code process = group.child(p);
            processes.add(process);
            drafts.add(
                draft(
                    process,
                    random.nextInt(50) == 0 ? ElementStatus.DRAFT : ElementStatus.PUBLISHED));
          }
        }
      }
    }
    write(driver, tx -> hierarchy.upsert(tx, drafts));

    List<OrgUnit> units = new ArrayList<>();
    for (int u = 0; u < 50; u++) {
      units.add(new OrgUnit("unit-" + u, "Enhet " + u, OrgUnitKind.FORVALTNING, null));
    }
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < PEOPLE; i++) {
      people.add(
          new Person(
              person(i),
              "Person " + i,
              "Titel " + (i % 40),
              "p" + i + "@example.se",
              "unit-" + (i % 50)));
    }
    List<ResourcePool> pools = new ArrayList<>();
    int perPool = PEOPLE / POOLS;
    for (int p = 0; p < POOLS; p++) {
      List<String> members = new ArrayList<>();
      for (int m = 0; m < perPool; m++) {
        int i = p * perPool + m;
        if (i >= POOLS) { // the first 50 people own the pools
          members.add(person(i));
        }
      }
      pools.add(new ResourcePool("pool-" + p, "Resurs " + p, "Kompetens " + p, person(p), members));
    }

    List<RoleAssignment> assignments = new ArrayList<>();
    LocalDate since = LocalDate.of(2022, 1, 1);
    for (Code c : areas) {
      assignments.add(role(RoleKind.OWNER, c, person(random.nextInt(PEOPLE)), since, null));
    }
    for (Code c : groups) {
      assignments.add(role(RoleKind.OWNER, c, person(random.nextInt(PEOPLE)), since, null));
    }
    for (Code c : processes) {
      int r = random.nextInt(100);
      if (r < 20) { // a handover
        assignments.add(
            role(
                RoleKind.OWNER,
                c,
                person(random.nextInt(PEOPLE)),
                since,
                LocalDate.of(2024, 12, 31)));
      }
      if (r >= 5) { // 5 % have no owner today: gaps
        assignments.add(
            role(
                RoleKind.OWNER, c, person(random.nextInt(PEOPLE)), LocalDate.of(2025, 1, 1), null));
      }
      if (random.nextInt(100) < 60) {
        assignments.add(role(RoleKind.LEAD, c, person(random.nextInt(PEOPLE)), since, null));
      }
      for (int t = 0; t < 3; t++) {
        assignments.add(
            new RoleAssignment(
                RoleKind.TEAM_MEMBER,
                c,
                person(random.nextInt(PEOPLE)),
                new Period(since.plusDays(t * 200L), t == 0 ? LocalDate.of(2024, 6, 30) : null),
                "Kompetens " + t,
                null,
                null));
      }
    }
    List<Allocation> allocations = new ArrayList<>();
    for (ResourcePool pool : pools) {
      for (String member : pool.memberIds()) {
        int first = 40 + random.nextInt(30);
        int second =
            random.nextInt(100) < 3 ? 50 + random.nextInt(30) : random.nextInt(100 - first) + 1;
        allocations.add(
            new Allocation(
                member, pick(processes, random), pool.id(), first, new Period(since, null)));
        allocations.add(
            new Allocation(
                member,
                pick(processes, random),
                pool.id(),
                second,
                new Period(LocalDate.of(2025, 1, 1), null)));
      }
    }
    write(
        driver,
        tx ->
            roles.upsert(
                tx, new ModelPeople(units, people, pools, List.of(), List.of(), List.of())));
    for (int from = 0; from < assignments.size(); from += 10_000) {
      List<RoleAssignment> chunk =
          assignments.subList(from, Math.min(from + 10_000, assignments.size()));
      write(
          driver,
          tx ->
              roles.upsert(
                  tx,
                  new ModelPeople(List.of(), List.of(), List.of(), List.of(), chunk, List.of())));
    }
    write(
        driver,
        tx ->
            roles.upsert(
                tx,
                new ModelPeople(
                    List.of(), List.of(), List.of(), List.of(), List.of(), allocations)));
    System.out.printf(
        Locale.ROOT,
        "Roles: %d, allocations: %d, elements in the tree: %d%n",
        assignments.size(),
        allocations.size(),
        hierarchy.count());
    hierarchy.tree(Optional.empty(), 1);
    return processes;
  }

  private static ElementDraft draft(Code c, ElementStatus status) {
    return ElementDraft.of(
        new Element(c, "Element " + c, "Beskrivning av " + c, null, null, status));
  }

  private static RoleAssignment role(
      RoleKind kind, Code c, String person, LocalDate from, LocalDate to) {
    return new RoleAssignment(kind, c, person, new Period(from, to), null, null, null);
  }

  private static String person(int i) {
    return String.format(Locale.ROOT, "person-%04d", i);
  }

  private static Code pick(List<Code> codes, Random random) {
    return codes.get(random.nextInt(codes.size()));
  }

  private interface TxWork {
    void run(org.neo4j.driver.TransactionContext tx);
  }

  private static final String BUMP = se.processkarta.graph.Cypher.load("graph/bump-stamp");

  /**
   * Writes the bench's bulk model straight into the graph (far faster than a change of a million
   * operations) and raises the model stamp in the same transaction, as the apply path does: the
   * services' caches key on it, and without the bump they would keep serving the empty model.
   */
  private static void write(Driver driver, TxWork work) {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      session.executeWriteWithoutResult(
          tx -> {
            work.run(tx);
            tx.run(BUMP).consume();
          });
    }
  }

  private static void cypher(Driver driver, String cypher, Map<String, Object> params) {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      session.executeRead(tx -> tx.run(cypher, params).list());
    }
  }

  private static String get(HttpClient http, String uri) {
    try {
      HttpResponse<String> r =
          http.send(
              HttpRequest.newBuilder(URI.create(uri)).GET().build(),
              HttpResponse.BodyHandlers.ofString());
      if (r.statusCode() != 200) {
        throw new IllegalStateException(uri + " answered " + r.statusCode() + ": " + r.body());
      }
      return r.body();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** Times {@code work}; {@code before}, when given, runs untimed before each call. */
  private static String measure(
      String name, int warmUp, int runs, Runnable before, IntConsumer work) {
    for (int i = 0; i < warmUp; i++) {
      if (before != null) {
        before.run();
      }
      work.accept(i);
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      if (before != null) {
        before.run();
      }
      long t = System.nanoTime();
      work.accept(i);
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    String row =
        String.format(
            Locale.ROOT, "| %s | %.2f ms | %.2f ms |", name, ms[runs / 2], ms[(int) (runs * 0.9)]);
    System.out.println(row);
    return row;
  }
}
