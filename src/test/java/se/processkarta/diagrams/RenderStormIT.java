package se.processkarta.diagrams;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.annotation.Property;
import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.processkarta.SharedGraph;

/**
 * A storm of distinct expensive renders beyond the render pool, over HTTP, with a small pool (one
 * thread, one waiting) and a small raster limit: the overflow is answered 503 problem+json with
 * {@code Retry-After}, never 500; no more renders run at once than the pool has threads; the heap
 * the storm takes stays under the documented ceiling ({@code threads × max-pixels × 4 × 2 +
 * cache-bytes}), and after it only the diagram cache is left.
 */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Property(name = "processkarta.render.threads", value = "1")
@Property(name = "processkarta.render.queue", value = "1")
@Property(name = "processkarta.render.max-pixels", value = "8000000")
@Property(name = "processkarta.render.cache-bytes", value = "8388608")
class RenderStormIT implements SharedGraph {

  private static final long MB = 1 << 20;
  // What the test JVM's own threads allocate meanwhile (the HTTP client, Netty, the sampler).
  private static final long SLACK = 96 * MB;

  @Inject EmbeddedServer server;
  @Inject DiagramService diagrams;

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /**
   * The young generation's committed size: heap "used" counts garbage there until the next young
   * collection, which holds nothing the renders keep.
   */
  private static long young() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getName().contains("Eden") || p.getName().contains("Survivor"))
        .mapToLong(p -> p.getUsage().getCommitted())
        .sum();
  }

  private static long liveHeap() throws InterruptedException {
    System.gc();
    Thread.sleep(300);
    return heapUsed();
  }

  @Test
  void distinctRendersBeyondThePoolAreAnswered503WithRetryAfterAndTheHeapStaysBounded()
      throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(30)).build();
    // Warm: the snapshot and the classes, so that the storm measures renders, not start-up.
    assertThat(
            client
                .send(
                    HttpRequest.newBuilder(URI.create(server.getURL() + "/api/diagrams/map.svg"))
                        .build(),
                    HttpResponse.BodyHandlers.discarding())
                .statusCode())
        .isEqualTo(200);
    long before = liveHeap();
    AtomicLong peak = new AtomicLong(heapUsed());
    AtomicLong peakYoung = new AtomicLong(young());
    AtomicBoolean sampling = new AtomicBoolean(true);
    Thread sampler =
        new Thread(
            () -> {
              while (sampling.get()) {
                peak.accumulateAndGet(heapUsed(), Math::max);
                peakYoung.accumulateAndGet(young(), Math::max);
                try {
                  Thread.sleep(10);
                } catch (InterruptedException e) {
                  return;
                }
              }
            });
    sampler.setDaemon(true);
    sampler.start();

    int storm = 24;
    ExecutorService clients = Executors.newFixedThreadPool(storm);
    CountDownLatch go = new CountDownLatch(1);
    List<Future<HttpResponse<String>>> answers = new ArrayList<>();
    try {
      for (int i = 0; i < storm; i++) {
        // 24 different keys: 8 areas × 3 widths, all cold, none the same.
        String path =
            "/api/diagrams/map.png?root=3."
                + (i % 8 + 1)
                + "&width="
                + List.of(1024, 1536, 2048).get(i / 8);
        answers.add(
            clients.submit(
                () -> {
                  go.await();
                  return client.send(
                      HttpRequest.newBuilder(URI.create(server.getURL() + path))
                          .header("Accept-Language", "sv")
                          .timeout(Duration.ofSeconds(120))
                          .build(),
                      HttpResponse.BodyHandlers.ofString());
                }));
      }
      go.countDown();
      int ok = 0;
      int busy = 0;
      for (Future<HttpResponse<String>> f : answers) {
        HttpResponse<String> r = f.get();
        assertThat(r.statusCode()).as(r.body()).isIn(200, 503);
        if (r.statusCode() == 503) {
          busy++;
          assertThat(r.headers().firstValue("Retry-After")).isPresent();
          assertThat(Integer.parseInt(r.headers().firstValue("Retry-After").orElseThrow()))
              .isPositive();
          assertThat(r.headers().firstValue("Content-Type").orElseThrow())
              .startsWith("application/problem+json");
          assertThat(r.body()).contains("Försök igen").doesNotContain("Exception");
        } else {
          ok++;
        }
      }
      assertThat(ok).as("the pool's thread and its one waiting place").isGreaterThanOrEqualTo(1);
      assertThat(busy).as("beyond the pool").isGreaterThanOrEqualTo(storm / 2);
    } finally {
      sampling.set(false);
      sampler.join();
      clients.shutdownNow();
    }
    assertThat(diagrams.mostConcurrentRenders()).isLessThanOrEqualTo(1);
    long ceiling = diagrams.heapCeilingBytes();
    assertThat(ceiling).isEqualTo(1 * 8_000_000L * 4 * 2 + 8 * MB);
    assertThat(peak.get() - before)
        .as(
            "peak heap above the live heap before the storm (young garbage up to %d MB aside),"
                + " against the ceiling",
            peakYoung.get() / MB)
        .isLessThanOrEqualTo(ceiling + peakYoung.get() + SLACK);
    long after = liveHeap();
    assertThat(after - before)
        .as("after the storm only the diagram cache is left")
        .isLessThanOrEqualTo(8 * MB + SLACK / 2);
  }
}
