package se.processkarta.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.processkarta.render.AssignmentCharts;
import se.processkarta.render.AssignmentCharts.Bar;
import se.processkarta.render.AssignmentCharts.Mark;
import se.processkarta.render.AssignmentCharts.Ring;

/**
 * The assignments' budgets (issue 14): the year's portfolio of 500 assignments as SVG in ≤ 200 ms
 * and the årshjul in ≤ 100 ms, warm (drawing only); and the public page {@code /uppdrag} in ≤ 30 ms
 * warm, over HTTP against the service started on a free port with its own embedded Neo4j and H2 and
 * the seed's assignments ({@code -Dbench.pages=false} leaves that part out; {@code
 * bench.warmSeconds}, default 20, and {@code bench.rounds}, default 200).
 *
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=se.processkarta.bench.AssignmentBench
 * </pre>
 *
 * Prints a Markdown table (also written to target/benchmarks/assignments.md).
 */
public final class AssignmentBench {

  private AssignmentBench() {}

  public static void main(String[] args) throws Exception {
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      LocalDate start = LocalDate.of(2025, 10, 1).plusDays((i * 7L) % 400);
      List<Mark> ms = new ArrayList<>();
      for (int m = 0; m < 4; m++) {
        ms.add(new Mark(start.plusDays(30L * (m + 1)), "Milstolpe " + (m + 1)));
      }
      bars.add(
          new Bar(
              i + 1,
              "Uppdrag nummer " + (i + 1) + " för förvaltningarna",
              "COORDINATION",
              "WORKING_GROUP",
              i % 2 == 0 ? "DECIDED" : "SUBMITTED",
              start,
              start.plusDays(60 + (i * 13L) % 300),
              ms));
    }
    List<Ring> rings = new ArrayList<>();
    for (String board : List.of("Årshjulet", "KS", "SN", "BUN", "KTN", "MBN", "KF", "ÖFN", "VN")) {
      List<Mark> marks = new ArrayList<>();
      for (int d = 0; d < 60; d++) {
        marks.add(new Mark(LocalDate.of(2026, 1, 1).plusDays(d * 6L), board + " möte " + d));
      }
      rings.add(new Ring(board, marks));
    }
    LocalDate today = LocalDate.of(2026, 6, 15);
    List<String> rows = new ArrayList<>();
    rows.add("| what | median | p95 | runs | budget |");
    rows.add("|---|---|---|---|---|");
    rows.add(
        Stats.time(30, 50, () -> AssignmentCharts.portfolio(2026, bars, today))
            .row("portfolio SVG (Gantt), 500 assignments with 4 milestones each", "≤ 200 ms warm"));
    rows.add(
        Stats.time(30, 50, () -> AssignmentCharts.arshjul(2026, rings))
            .row("årshjul SVG, 9 rings × 60 dates", "≤ 100 ms warm"));
    if (Boolean.parseBoolean(System.getProperty("bench.pages", "true"))) {
      rows.addAll(pages());
    }
    String table = String.join("\n", rows) + "\n";
    System.out.print(table);
    Path out = Path.of("target/benchmarks/assignments.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table, StandardCharsets.UTF_8);
  }

  /** The pages, timed over HTTP after warming; one table row each. */
  static List<String> pages() throws Exception {
    int warmSeconds = Integer.getInteger("bench.warmSeconds", 20);
    int rounds = Integer.getInteger("bench.rounds", 200);
    Path dir = Files.createTempDirectory("processkarta-assignmentbench");
    List<String> rows = new ArrayList<>();
    try (ApplicationContext ctx =
        ApplicationContext.run(
            Map.of(
                "micronaut.server.port",
                -1,
                "processkarta.data-dir",
                dir.toString(),
                "datasources.default.url",
                "jdbc:h2:mem:assignmentbench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "processkarta.admin.user",
                "admin",
                "processkarta.admin.password",
                "bench-admin-password"))) {
      EmbeddedServer server = ctx.getBean(EmbeddedServer.class).start();
      HttpClient client = HttpClient.newHttpClient();
      // The seed's assignments are loaded after the model: wait until the page lists them.
      long deadline = System.nanoTime() + 120_000_000_000L;
      while (!get(client, server, "/uppdrag").contains("id=\"uppdrag-")) {
        if (System.nanoTime() > deadline) {
          throw new IllegalStateException("the seed's assignments never appeared on /uppdrag");
        }
        Thread.sleep(500);
      }
      String first = get(client, server, "/uppdrag");
      int at = first.indexOf("id=\"uppdrag-");
      String id = first.substring(at + 12, first.indexOf('"', at + 12));
      List<String> pages = List.of("/uppdrag", "/uppdrag/" + id);
      long until = System.nanoTime() + warmSeconds * 1_000_000_000L;
      while (System.nanoTime() < until) {
        for (String p : pages) {
          get(client, server, p);
        }
      }
      for (String p : pages) {
        String path = p;
        Stats.Result s = Stats.time(0, rounds, () -> get(client, server, path));
        rows.add(
            s.row(
                "page " + p + " over HTTP (seed: " + count(first) + " published assignments)",
                p.equals("/uppdrag") ? "≤ 30 ms warm" : "–"));
      }
    }
    return rows;
  }

  private static int count(String html) {
    return html.split("<article class=\"card\"", -1).length - 1;
  }

  private static String get(HttpClient client, EmbeddedServer server, String path)
      throws Exception {
    HttpResponse<String> r =
        client.send(
            HttpRequest.newBuilder(URI.create(server.getURL() + path))
                .header("Accept", "text/html")
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + r.statusCode());
    }
    return r.body();
  }
}
