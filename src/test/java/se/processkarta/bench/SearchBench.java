package se.processkarta.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.neo4j.driver.Driver;
import se.processkarta.graph.ModelStamp;
import se.processkarta.hierarchy.ElementDraft;
import se.processkarta.hierarchy.HierarchyService;
import se.processkarta.model.Code;
import se.processkarta.model.Element;

/**
 * Search at a regional model's size (issue 13): about 100,000 elements with Swedish compound names
 * and descriptions, searched through the compound index.
 *
 * <pre>
 * ./mvnw -B -q -Dcds.skip=true test-compile exec:java -Dexec.mainClass=se.processkarta.bench.SearchBench
 * </pre>
 *
 * <p>Builds root 9 with 10 areas × 10 groups × 100 processes × 9 activities (100,111 elements)
 * through {@code HierarchyService.upsert}, on top of the seed, then times the service's search and
 * {@code GET /api/search} over HTTP for each query (median and p95 after a warm-up). Writes {@code
 * target/benchmarks/search.md}.
 */
public final class SearchBench {

  private static final List<String> HEADS =
      List.of(
          "skola",
          "klass",
          "utbildning",
          "omsorg",
          "vård",
          "tjänst",
          "plan",
          "stöd",
          "boende",
          "service",
          "verksamhet",
          "tillsyn",
          "bygglov",
          "avgift",
          "register");
  private static final List<String> FIRSTS =
      List.of(
          "grund",
          "gymnasie",
          "för",
          "vuxen",
          "special",
          "hem",
          "äldre",
          "barn",
          "kultur",
          "fritids",
          "miljö",
          "livsmedel",
          "färdtjänst",
          "bostads",
          "skol");
  private static final List<String> VERBS =
      List.of(
          "Hantera",
          "Placera",
          "Planera",
          "Följa upp",
          "Leda och styra",
          "Ansöka om",
          "Besluta om",
          "Avsluta",
          "Utreda",
          "Granska");
  private static final List<String> QUERIES =
      List.of(
          "skola",
          "förskola placera",
          "grundskola",
          "anna",
          "9.3.4",
          "äldreomsorg",
          "tillsyn livsmedel",
          "ko",
          "zzzz");

  private SearchBench() {}

  public static void main(String[] args) throws Exception {
    Path data = Files.createTempDirectory("processkarta-search-bench");
    List<String> rows = new ArrayList<>();
    try (ApplicationContext ctx =
        ApplicationContext.run(
                EmbeddedServer.class,
                Map.of(
                    "processkarta.data-dir",
                    data.toString(),
                    "micronaut.server.port",
                    "-1",
                    "datasources.default.url",
                    "jdbc:h2:mem:searchbench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1"))
            .getApplicationContext()) {
      HierarchyService hierarchy = ctx.getBean(HierarchyService.class);
      Driver driver = ctx.getBean(Driver.class);
      long t = System.nanoTime();
      int n = synthesise(driver, hierarchy);
      double buildS = (System.nanoTime() - t) / 1e9;
      long total = hierarchy.count();
      rows.add("| what | median | p95 | runs | hits |");
      rows.add("|---|---|---|---|---|");
      rows.add(
          String.format(
              "| write and index %d synthetic elements (%d in the model) | %.1f s | | 1 | |",
              n, total, buildS));
      HttpClient http = HttpClient.newHttpClient();
      String base = "http://127.0.0.1:" + ctx.getBean(EmbeddedServer.class).getPort();
      // Search pages are cached by model stamp, so every timed call comes after a write (a stamp
      // bump, untimed): the figures are the index's, not the cache's.
      ModelStamp stamp = ctx.getBean(ModelStamp.class);
      java.util.concurrent.Callable<Object> write =
          () -> {
            try (var s = driver.session()) {
              s.executeWriteWithoutResult(stamp::bump);
            }
            return null;
          };
      long warmUntil =
          System.nanoTime() + Integer.getInteger("bench.warmSeconds", 20) * 1_000_000_000L;
      while (System.nanoTime() < warmUntil) {
        for (String q : QUERIES) {
          write.call();
          hierarchy.search(q, 1, 20);
          write.call();
          get(http, uri(base, q));
        }
      }
      for (String q : QUERIES) {
        long hits = hierarchy.search(q, 1, 20).total();
        Stats.Result service = Stats.time(20, 100, write, () -> hierarchy.search(q, 1, 20));
        rows.add(service.row("`" + q + "`, service, first page of 20", hits + ""));
        Stats.Result overHttp = Stats.time(20, 100, write, () -> get(http, uri(base, q)));
        rows.add(overHttp.row("`" + q + "`, `GET /api/search`", hits + ""));
        Stats.Result cached = Stats.time(20, 100, () -> get(http, uri(base, q)));
        rows.add(cached.row("`" + q + "`, `GET /api/search`, model unchanged (cached)", ""));
      }
    }
    String table = String.join("\n", rows);
    System.out.println(table);
    Path out = Path.of("target/benchmarks/search.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table + "\n");
    System.exit(0);
  }

  private static URI uri(String base, String q) {
    return URI.create(base + "/api/search?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8));
  }

  private static int get(HttpClient http, URI uri) throws Exception {
    int status =
        http.send(HttpRequest.newBuilder(uri).build(), HttpResponse.BodyHandlers.discarding())
            .statusCode();
    if (status != 200) {
      throw new IllegalStateException(uri + " → " + status);
    }
    return status;
  }

  /** Root 9: 10 areas × 10 groups × 100 processes × 9 activities, fixed random names. */
  private static int synthesise(Driver driver, HierarchyService hierarchy) {
    Random random = new Random(42);
    List<ElementDraft> batch = new ArrayList<>();
    int n = 0;
    batch.add(draft("9", "Regional verksamhet", null));
    for (int a = 1; a <= 10; a++) {
      batch.add(draft("9." + a, "Område " + compound(random), null));
      for (int g = 1; g <= 10; g++) {
        batch.add(draft("9." + a + "." + g, "Processgrupp " + compound(random), null));
      }
    }
    n += write(driver, hierarchy, batch);
    for (int a = 1; a <= 10; a++) {
      for (int g = 1; g <= 10; g++) {
        batch = new ArrayList<>();
        for (int p = 1; p <= 100; p++) {
          String pc = "9." + a + "." + g + "." + p;
          String c = compound(random);
          batch.add(
              draft(
                  pc,
                  VERBS.get(random.nextInt(VERBS.size())) + " " + c,
                  "Processen omfattar " + compound(random) + " och " + compound(random) + "."));
          for (int x = 1; x <= 9; x++) {
            batch.add(
                draft(
                    pc + "." + x,
                    VERBS.get(random.nextInt(VERBS.size())) + " " + compound(random) + " i " + c,
                    null));
          }
        }
        n += write(driver, hierarchy, batch);
      }
    }
    return n;
  }

  private static String compound(Random random) {
    return FIRSTS.get(random.nextInt(FIRSTS.size())) + HEADS.get(random.nextInt(HEADS.size()));
  }

  private static int write(Driver driver, HierarchyService hierarchy, List<ElementDraft> drafts) {
    try (var s = driver.session()) {
      s.executeWriteWithoutResult(tx -> hierarchy.upsert(tx, drafts));
    }
    return drafts.size();
  }

  private static ElementDraft draft(String code, String name, String description) {
    return ElementDraft.of(new Element(Code.parse(code), name, description, null, null, null));
  }
}
