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
 * The web application's budgets (issues 13 and 22) on the seed: the first load of the start page
 * and a process page right after {@code /health} turns green (budget 300 ms), then each page's
 * server time warm (median and 95th percentile over {@code bench.rounds} requests, budget 30 ms)
 * and its weight as a browser receives it: the page and the styles and scripts it links, gzip
 * compressed as the server sends them (budget 200 KB). Run it with
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
          "/processer/3.5.2",
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
      List.of(
          "/andringar",
          "/andringar/ny?kod=3.5.2.1&op=replaceLead",
          "/importera",
          "/versioner",
          "/granskningslogg",
          "/anvandare",
          "/uppdrag",
          "/uppdrag/1",
          "/uppdrag/att-godkanna");

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
      // The first visits after the health check turns green (the pages warm before it does).
      long deadline = System.nanoTime() + 180_000_000_000L;
      while (status(client, server, "/health") != 200 && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      for (String first : List.of("/", "/processer/3.5.2.1")) {
        long t0 = System.nanoTime();
        get(client, server, first);
        System.out.printf(
            "first load after /health is green: %-20s %8.1f ms%n",
            first, (System.nanoTime() - t0) / 1e6);
      }
      List<String> pages = new java.util.ArrayList<>(PAGES);
      pages.addAll(SIGNED_IN);
      // A change waiting for review: its page with the before/after table and drawing.
      HttpResponse<String> draft =
          client.send(
              HttpRequest.newBuilder(URI.create(server.getURL() + "/api/changes"))
                  .header("Authorization", BASIC)
                  .header("Content-Type", "application/json")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "{\"title\":\"Bänk\",\"operations\":[{\"op\":\"updateElement\","
                              + "\"code\":\"3.5.2.1\",\"name\":\"Placera barn i förskolan\"}]}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      java.util.regex.Matcher id =
          java.util.regex.Pattern.compile("\"id\":(\\d+)").matcher(draft.body());
      if (id.find()) {
        pages.add("/andringar/" + id.group(1));
      }
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
      System.out.printf(
          "%-40s %10s %10s %12s %16s%n",
          "page", "median ms", "p95 ms", "html KB", "gzip KB + assets");
      Map<String, Integer> assets = new java.util.HashMap<>();
      for (String p : pages) {
        double[] ms = new double[rounds];
        String body = "";
        for (int i = 0; i < rounds; i++) {
          long t0 = System.nanoTime();
          body = get(client, server, p);
          ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        byte[] html = body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        int weight = gzipped(html);
        java.util.regex.Matcher linked =
            java.util.regex.Pattern.compile("(?:href|src)=\"(/public/[^\"]+\\.(?:css|js))\"")
                .matcher(body);
        while (linked.find()) {
          String asset = linked.group(1);
          weight +=
              assets.computeIfAbsent(
                  asset,
                  a -> {
                    try {
                      return gzipped(
                          get(client, server, a).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    } catch (Exception e) {
                      throw new IllegalStateException(e);
                    }
                  });
        }
        System.out.printf(
            "%-40s %10.1f %10.1f %12.1f %16.1f%n",
            p, ms[rounds / 2], ms[(int) (rounds * 0.95)], html.length / 1024.0, weight / 1024.0);
      }
    }
  }

  /** The size of {@code bytes} gzip compressed, as the server sends a page to a browser. */
  static int gzipped(byte[] bytes) throws java.io.IOException {
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    try (java.util.zip.GZIPOutputStream gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.size();
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
    if (SIGNED_IN.contains(path) || path.startsWith("/andringar/")) {
      b.header("Authorization", BASIC);
    }
    return b.build();
  }
}
