package se.processkarta.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The web application's budgets (issue 13) on the seed: each page's server time warm (median and
 * 95th percentile over {@code bench.rounds} requests, budget 30 ms) and its weight without the
 * diagram (budget 200 KB; the start page's inline map is counted apart). Run it with
 *
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.mainClass=se.processkarta.bench.PageBench
 * </pre>
 *
 * It starts the service on a free port with its own embedded Neo4j and H2 in a temporary directory,
 * loads the seed, and warms every page for {@code bench.warmSeconds} (default 30).
 */
public final class PageBench {

  static final List<String> PAGES =
      List.of(
          "/",
          "/processer",
          "/processer/3.5",
          "/processer/3.5.2.1",
          "/personer/anna-lind",
          "/luckor",
          "/luckor?omrade=3.5",
          "/sok?q=f%C3%B6rskola",
          "/logga-in");

  /**
   * The pages behind a login, read as the bench's modellansvarig (HTTP Basic): the change list, the
   * import form, versions, audit log and users.
   */
  static final List<String> SIGNED_IN =
      List.of("/andringar", "/importera", "/versioner", "/granskningslogg", "/anvandare");

  private static final String BASIC =
      "Basic "
          + java.util.Base64.getEncoder()
              .encodeToString(
                  "admin:bench-admin-password".getBytes(java.nio.charset.StandardCharsets.UTF_8));

  private PageBench() {}

  public static void main(String[] args) throws Exception {
    int warmSeconds = Integer.getInteger("bench.warmSeconds", 30);
    int rounds = Integer.getInteger("bench.rounds", 200);
    Path dir = Files.createTempDirectory("processkarta-pagebench");
    try (ApplicationContext ctx =
        ApplicationContext.run(
            Map.of(
                "micronaut.server.port",
                -1,
                "processkarta.data-dir",
                dir.toString(),
                "datasources.default.url",
                "jdbc:h2:mem:pagebench;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                    + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "processkarta.admin.user",
                "admin",
                "processkarta.admin.password",
                "bench-admin-password"))) {
      EmbeddedServer server = ctx.getBean(EmbeddedServer.class).start();
      HttpClient client = HttpClient.newHttpClient();
      List<String> pages = new java.util.ArrayList<>(PAGES);
      pages.addAll(SIGNED_IN);
      // The element page as the model was (the seed's version, read from the intervals), when the
      // store has history to show.
      String asOf =
          "/processer/3.5.2.1?asOf="
              + java.time.LocalDate.now(java.time.ZoneId.of("Europe/Stockholm"));
      if (status(client, server, asOf) == 200) {
        pages.add(asOf);
        pages.add(asOf.replace("/processer/3.5.2.1", "/personer/anna-lind"));
      }
      long until = System.nanoTime() + warmSeconds * 1_000_000_000L;
      while (System.nanoTime() < until) {
        for (String p : pages) {
          get(client, server, p);
        }
      }
      System.out.printf("%-40s %10s %10s %12s%n", "page", "median ms", "p95 ms", "weight KB");
      for (String p : pages) {
        double[] ms = new double[rounds];
        String body = "";
        for (int i = 0; i < rounds; i++) {
          long t0 = System.nanoTime();
          body = get(client, server, p);
          ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        int svgStart = body.indexOf("<svg");
        int svgEnd = body.indexOf("</svg>");
        int weight =
            body.getBytes(java.nio.charset.StandardCharsets.UTF_8).length
                - (svgStart >= 0 && svgEnd > svgStart ? svgEnd - svgStart : 0);
        System.out.printf(
            "%-40s %10.1f %10.1f %12.1f%n",
            p, ms[rounds / 2], ms[(int) (rounds * 0.95)], weight / 1024.0);
      }
    }
  }

  private static String get(HttpClient client, EmbeddedServer server, String path)
      throws Exception {
    HttpResponse<String> r =
        client.send(request(server, path), HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IllegalStateException(path + " answered " + r.statusCode());
    }
    return r.body();
  }

  private static int status(HttpClient client, EmbeddedServer server, String path)
      throws Exception {
    return client.send(request(server, path), HttpResponse.BodyHandlers.discarding()).statusCode();
  }

  private static HttpRequest request(EmbeddedServer server, String path) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(server.getURL() + path)).header("Accept", "text/html");
    if (SIGNED_IN.contains(path)) {
      b.header("Authorization", BASIC);
    }
    return b.build();
  }
}
