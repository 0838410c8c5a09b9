package se.processkarta.bench;

import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.URL;
import java.net.URLClassLoader;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import se.processkarta.IsolatedService;
import se.processkarta.diagrams.DiagramService;

/**
 * Load and storm benchmarks for issue 10.
 *
 * <pre>
 * ./mvnw -B -q -Dcds.skip=true test-compile exec:java -Dexec.mainClass=se.processkarta.bench.LoadBench
 * </pre>
 *
 * <p>Forks a JVM with {@code -Xmx1g} (so the RSS figures are the server's, not Maven's) that runs
 * the service in-process on a fresh temporary data directory with the seed, then:
 *
 * <ol>
 *   <li>a mixed read workload from {@code bench.clients} (64) clients for {@code bench.seconds}
 *       (60) after {@code bench.warmSeconds} (20) of warm-up: errors, requests/s, p50 and p99;
 *   <li>a cold-cache storm: one render alone, then 64 identical cold requests for a diagram of the
 *       same size: renders counted by the service, the slowest answer against 2× one render;
 *   <li>a render storm over 64 different cold keys: 503s with Retry-After, and the peak RSS;
 *   <li>RSS (from /proc/self/status) before, during and after.
 * </ol>
 *
 * It prints a Markdown table and writes it to {@code target/benchmarks/load.md}.
 */
public final class LoadBench {

  static final int CLIENTS = Integer.getInteger("bench.clients", 64);
  static final int SECONDS = Integer.getInteger("bench.seconds", 60);
  static final int WARM_SECONDS = Integer.getInteger("bench.warmSeconds", 20);
  static final boolean STORMS = !"false".equals(System.getProperty("bench.storms"));
  static final boolean PRESSURE = !"false".equals(System.getProperty("bench.pressure"));
  static final int SLOW_CLIENTS = Integer.getInteger("bench.slowClients", 16);

  private static final List<String> MIXED =
      List.of(
          "/api/elements/3.5",
          "/api/elements/3.5.2/children",
          "/api/elements/3.5.2.1",
          "/api/elements/3.5/roles",
          "/api/tree?depth=3",
          "/api/tree?root=3.5&depth=5",
          "/api/search?q=skola",
          "/api/search?q=f%C3%B6rskola&page=2&size=10",
          "/api/levels",
          "/api/people?q=anna",
          "/api/resource-pools",
          "/api/roles/gaps?date=2026-11-22",
          "/api/diagrams/map.svg?root=3.5",
          "/api/elements/99999");

  private LoadBench() {}

  public static void main(String[] args) throws Exception {
    if (args.length == 0 || !args[0].equals("child")) {
      System.exit(fork());
    }
    run();
    System.exit(0);
  }

  /** Runs this class again in a JVM of its own, with a bounded heap. */
  private static int fork() throws Exception {
    ClassLoader cl = Thread.currentThread().getContextClassLoader();
    String cp =
        cl instanceof URLClassLoader u
            ? Arrays.stream(u.getURLs()).map(LoadBench::file).collect(Collectors.joining(":"))
            : System.getProperty("java.class.path");
    List<String> cmd = new ArrayList<>();
    cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // -Dbench.jvmArgs="-XX:StartFlightRecording=filename=target/load.jfr" profiles the server.
    String extra = System.getProperty("bench.jvmArgs", "").strip();
    if (!extra.isEmpty()) {
      cmd.addAll(Arrays.asList(extra.split("\\s+")));
    }
    cmd.addAll(
        List.of(
            "-Xmx1g",
            "-Dbench.clients=" + CLIENTS,
            "-Dbench.seconds=" + SECONDS,
            "-Dbench.warmSeconds=" + WARM_SECONDS,
            "-Dbench.storms=" + STORMS,
            "-Dbench.pressure=" + PRESSURE,
            "-Dbench.slowClients=" + SLOW_CLIENTS,
            "-cp",
            cp,
            LoadBench.class.getName(),
            "child"));
    return new ProcessBuilder(cmd).inheritIO().start().waitFor();
  }

  private static String file(URL u) {
    try {
      return Path.of(u.toURI()).toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static void run() throws Exception {
    Path data = Files.createTempDirectory("processkarta-load");
    List<String> rows = new ArrayList<>();
    rows.add("| what | figure | budget |");
    rows.add("|---|---|---|");
    // Per route: which requests make the tail.
    List<String> routes = new ArrayList<>();
    try (ApplicationContext ctx =
        IsolatedService.start(data, "load", Map.of()).getApplicationContext()) {
      EmbeddedServer server = ctx.getBean(EmbeddedServer.class);
      DiagramService diagrams = ctx.getBean(DiagramService.class);
      String base = "http://127.0.0.1:" + server.getPort();
      HttpClient http =
          HttpClient.newBuilder()
              .version(HttpClient.Version.HTTP_1_1)
              .executor(Executors.newFixedThreadPool(8))
              .build();
      System.gc();
      rows.add(row("RSS after start (seed loaded, warm-up done)", rssMb() + " MB", "—"));

      mixed(http, base, WARM_SECONDS, rows, routes, true, "mixed read load");
      long[] peak = {0};
      AtomicBoolean sampling = new AtomicBoolean(true);
      Thread sampler = sampler(sampling, peak);
      mixed(http, base, SECONDS, rows, routes, false, "mixed read load");
      sampling.set(false);
      sampler.join();
      rows.add(row("RSS peak during the mixed load", peak[0] + " MB", "—"));
      if (PRESSURE) {
        // The same load again, while slow clients hold exports open and a change is approved
        // every 2 s (issue 20): the quiet run above is its peer.
        Pressure pressure = Pressure.start(ctx, base, SLOW_CLIENTS);
        try {
          mixed(http, base, SECONDS, rows, new ArrayList<>(), false, "under pressure");
        } finally {
          pressure.stop(rows);
        }
      }

      if (STORMS) {
        storm(http, base, diagrams, rows);
      }
      System.gc();
      Thread.sleep(2000);
      rows.add(row("RSS after the storms (after a GC)", rssMb() + " MB", "—"));
    }
    String table = String.join("\n", rows) + "\n\n" + String.join("\n", routes);
    System.out.println(table);
    Path out = Path.of("target/benchmarks/load.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table + "\n");
  }

  private static void mixed(
      HttpClient http,
      String base,
      int seconds,
      List<String> rows,
      List<String> routes,
      boolean warm,
      String label)
      throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    AtomicLong errors = new AtomicLong();
    AtomicLong done = new AtomicLong();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    List<Future<long[]>> futures = new ArrayList<>();
    CountDownLatch go = new CountDownLatch(1);
    for (int c = 0; c < CLIENTS; c++) {
      int offset = c;
      futures.add(
          pool.submit(
              () -> {
                // Grown as needed: the clients run in the server's JVM, and 64 fixed arrays of
                // 2^20 latencies (512 MB, humongous for G1) left the server half its 1 GB heap and
                // made the tail out of full collections.
                long[] lat = new long[4096];
                int[] route = new int[lat.length];
                int n = 0;
                go.await();
                for (int i = offset; System.nanoTime() < end; i++) {
                  int which = i % MIXED.size();
                  String path = MIXED.get(which);
                  long t = System.nanoTime();
                  try {
                    HttpResponse<byte[]> r =
                        http.send(
                            HttpRequest.newBuilder(URI.create(base + path))
                                .timeout(Duration.ofSeconds(30))
                                .build(),
                            HttpResponse.BodyHandlers.ofByteArray());
                    int expected = path.endsWith("99999") ? 404 : 200;
                    if (r.statusCode() != expected) {
                      errors.incrementAndGet();
                    }
                  } catch (IOException e) {
                    errors.incrementAndGet();
                  }
                  if (n == lat.length) {
                    lat = Arrays.copyOf(lat, 2 * n);
                    route = Arrays.copyOf(route, 2 * n);
                  }
                  route[n] = which;
                  lat[n++] = System.nanoTime() - t;
                  done.incrementAndGet();
                }
                // (latency, route index) pairs.
                long[] out = new long[2 * n];
                for (int k = 0; k < n; k++) {
                  out[2 * k] = lat[k];
                  out[2 * k + 1] = route[k];
                }
                return out;
              }));
    }
    long start = System.nanoTime();
    go.countDown();
    List<Long> all = new ArrayList<>();
    List<List<Long>> byRoute = new ArrayList<>();
    for (int r = 0; r < MIXED.size(); r++) {
      byRoute.add(new ArrayList<>());
    }
    for (Future<long[]> f : futures) {
      long[] pairs = f.get();
      for (int k = 0; k < pairs.length; k += 2) {
        all.add(pairs[k]);
        byRoute.get((int) pairs[k + 1]).add(pairs[k]);
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    pool.shutdown();
    if (warm) {
      return;
    }
    long[] sorted = all.stream().mapToLong(Long::longValue).sorted().toArray();
    rows.add(
        row(
            label + ", " + CLIENTS + " clients, " + seconds + " s: requests",
            String.valueOf(done.get()),
            "—"));
    rows.add(row(label + ": errors", String.valueOf(errors.get()), "0"));
    rows.add(
        row(
            label + ": throughput",
            String.format("%.0f requests/s", done.get() / elapsed),
            "≥ 5,000/s"));
    rows.add(row(label + ": p50", ms(sorted, 0.50), "—"));
    rows.add(row(label + ": p99", ms(sorted, 0.99), "≤ 25 ms"));
    rows.add(row(label + ": answers over 50 ms", over(sorted, 50) + " of " + sorted.length, "—"));
    routes.add("| route | requests | p50 | p90 | p99 | max | over 50 ms |");
    routes.add("|---|---|---|---|---|---|---|");
    for (int r = 0; r < MIXED.size(); r++) {
      long[] one = byRoute.get(r).stream().mapToLong(Long::longValue).sorted().toArray();
      routes.add(
          "| `"
              + MIXED.get(r)
              + "` | "
              + one.length
              + " | "
              + ms(one, 0.50)
              + " | "
              + ms(one, 0.90)
              + " | "
              + ms(one, 0.99)
              + " | "
              + ms(one, 1.0)
              + " | "
              + over(one, 50)
              + " |");
    }
  }

  /** How many of the sorted latencies (ns) are above {@code ms} milliseconds. */
  private static long over(long[] sorted, long ms) {
    long limit = ms * 1_000_000L;
    return Arrays.stream(sorted).filter(l -> l > limit).count();
  }

  private static void storm(
      HttpClient http, String base, DiagramService diagrams, List<String> rows) throws Exception {
    // One render alone, cold, then a storm on a diagram of the same size (only the colours differ).
    String alone = "/api/diagrams/tree.png?root=3&depth=4&colour=level&width=2048";
    String stormed = "/api/diagrams/tree.png?root=3&depth=4&colour=type&width=2048";
    long t = System.nanoTime();
    int status = get(http, base + alone);
    double one = (System.nanoTime() - t) / 1e6;
    rows.add(row("one cold render alone (`" + alone + "`), status " + status, fmt(one), "—"));

    long rendersBefore = diagrams.renders();
    ExecutorService pool = Executors.newFixedThreadPool(64);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<double[]>> answers = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      answers.add(
          pool.submit(
              () -> {
                go.await();
                long s = System.nanoTime();
                int st = get(http, base + stormed);
                return new double[] {(System.nanoTime() - s) / 1e6, st};
              }));
    }
    long liveBefore = liveHeapMb();
    long[] peak = {rssMb(), heapUsedMb()};
    AtomicBoolean sampling = new AtomicBoolean(true);
    Thread sampler = sampler(sampling, peak);
    go.countDown();
    double slowest = 0;
    int ok = 0;
    for (Future<double[]> f : answers) {
      double[] a = f.get();
      slowest = Math.max(slowest, a[0]);
      ok += a[1] == 200 ? 1 : 0;
    }
    sampling.set(false);
    sampler.join();
    rows.add(
        row(
            "64 identical cold PNG requests: renders",
            String.valueOf(diagrams.renders() - rendersBefore),
            "1"));
    rows.add(row("64 identical cold PNG requests: answered 200", String.valueOf(ok), "64"));
    rows.add(
        row(
            "64 identical cold PNG requests: slowest answer",
            fmt(slowest) + String.format(" (%.2f× one render)", slowest / one),
            "≤ 2× one render"));
    rows.add(row("RSS peak during the identical storm", peak[0] + " MB", "—"));
    rows.add(
        row(
            "heap used during the identical storm: live before / peak (garbage included)",
            liveBefore + " MB / " + peak[1] + " MB",
            "—"));

    // 64 different cold keys at once: the pool takes threads + queue, the rest get 503.
    List<Future<Integer>> many = new ArrayList<>();
    AtomicLong noRetryAfter = new AtomicLong();
    CountDownLatch go2 = new CountDownLatch(1);
    for (int i = 0; i < 64; i++) {
      String path =
          "/api/diagrams/map.png?root=3."
              + (i % 8 + 1)
              + "&width="
              + DiagramService.WIDTHS.get(i / 8 % DiagramService.WIDTHS.size());
      many.add(
          pool.submit(
              () -> {
                go2.await();
                HttpResponse<Void> r =
                    http.send(
                        HttpRequest.newBuilder(URI.create(base + path))
                            .timeout(Duration.ofSeconds(120))
                            .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 503 && r.headers().firstValue("Retry-After").isEmpty()) {
                  noRetryAfter.incrementAndGet();
                }
                return r.statusCode();
              }));
    }
    long live2 = liveHeapMb();
    long rss2 = rssMb();
    peak[0] = rss2;
    peak[1] = heapUsedMb();
    sampling.set(true);
    Thread sampler2 = sampler(sampling, peak);
    long s2 = System.nanoTime();
    go2.countDown();
    Map<Integer, Long> statuses = new java.util.TreeMap<>();
    for (Future<Integer> f : many) {
      statuses.merge(f.get(), 1L, Long::sum);
    }
    double stormMs = (System.nanoTime() - s2) / 1e6;
    sampling.set(false);
    sampler2.join();
    pool.shutdown();
    rows.add(
        row(
            "64 different cold PNG requests at once: statuses",
            statuses.toString() + " in " + fmt(stormMs),
            "no 500; 503 + Retry-After when full"));
    rows.add(
        row("64 different cold PNG requests: 503 without Retry-After", noRetryAfter + "", "0"));
    rows.add(
        row(
            "64 different cold PNG requests: most renders at once",
            diagrams.mostConcurrentRenders() + "",
            "≤ processkarta.render.threads (2)"));
    rows.add(
        row(
            "RSS during the different-keys storm: before / peak",
            rss2 + " MB / " + peak[0] + " MB",
            "—"));
    long liveAfter = liveHeapMb();
    long ceiling = diagrams.heapCeilingBytes() >> 20;
    long above = peak[1] - live2;
    rows.add(
        row(
            "heap used, different-keys storm: live before / peak (garbage included) / live after",
            live2 + " MB / " + peak[1] + " MB / " + liveAfter + " MB",
            "—"));
    rows.add(
        row(
            "heap used, different-keys storm: peak above live before",
            above + " MB (" + (above <= ceiling ? "within" : "OVER") + " the ceiling)",
            "≤ " + ceiling + " MB (threads × max-pixels × 4 B × 2 + cache-bytes)"));
    rows.add(
        row(
            "heap used, different-keys storm: live after above live before",
            (liveAfter - live2) + " MB",
            "≤ cache-bytes (64 MB): only the diagram cache stays"));
  }

  private static int get(HttpClient http, String uri) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create(uri)).timeout(Duration.ofSeconds(120)).build(),
            HttpResponse.BodyHandlers.discarding())
        .statusCode();
  }

  private static Thread sampler(AtomicBoolean on, long[] peak) {
    Thread t =
        new Thread(
            () -> {
              while (on.get()) {
                peak[0] = Math.max(peak[0], rssMb());
                if (peak.length > 1) {
                  peak[1] = Math.max(peak[1], heapUsedMb());
                }
                try {
                  Thread.sleep(200);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    t.setDaemon(true);
    t.start();
    return t;
  }

  private static long heapUsedMb() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() >> 20;
  }

  /** Heap in use after a full collection: what is live, without the garbage. */
  private static long liveHeapMb() throws InterruptedException {
    System.gc();
    Thread.sleep(500);
    return heapUsedMb();
  }

  private static long rssMb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmRSS:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
        }
      }
    } catch (IOException e) {
      // not Linux
    }
    return -1;
  }

  private static String ms(long[] sorted, double q) {
    if (sorted.length == 0) {
      return "—";
    }
    return fmt(sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * q) - 1)] / 1e6);
  }

  private static String fmt(double ms) {
    return String.format("%.1f ms", ms);
  }

  private static String row(String what, String figure, String budget) {
    return "| " + what + " | " + figure + " | " + budget + " |";
  }
}
