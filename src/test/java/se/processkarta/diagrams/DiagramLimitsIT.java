package se.processkarta.diagrams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.micronaut.runtime.server.EmbeddedServer;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.processkarta.SharedGraph;
import se.processkarta.changes.ModelVersions;
import se.processkarta.graph.ModelStamp;
import se.processkarta.model.Code;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.UnavailableException;

/** Expensive work is bounded: validation first, an area limit, snapped widths, coalescing, 503. */
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiagramLimitsIT implements SharedGraph {

  @Inject EmbeddedServer server;
  @Inject DiagramService diagrams;
  @Inject GraphSnapshots snapshots;
  @Inject ModelVersions versions;
  @Inject ModelStamp stamp;
  @Inject se.processkarta.graph.ModelHistory history;
  @Inject Clock clock;

  private final HttpClient client = HttpClient.newHttpClient();

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.getURL() + path));
    for (int i = 0; i < headers.length; i += 2) {
      b.header(headers[i], headers[i + 1]);
    }
    return client.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void parametersAreCheckedBeforeIfNoneMatch() throws Exception {
    HttpResponse<String> ok = get("/api/diagrams/map.svg?root=3.5");
    String etag = ok.headers().firstValue("ETag").orElseThrow();
    assertThat(get("/api/diagrams/map.svg?root=3.5", "If-None-Match", etag).statusCode())
        .isEqualTo(304);
    HttpResponse<String> bad =
        get("/api/diagrams/map.png?root=3.5&width=100000", "If-None-Match", etag);
    assertThat(bad.statusCode()).isEqualTo(400);
    assertThat(bad.body()).contains("200").contains("8000");
  }

  @Test
  void aDeepWideTreeIsRefusedWithTheAreaLimitBeforeAnyPixelIsAllocated() throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> r = get("/api/diagrams/tree.png?depth=5&width=8000");
    assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
    assertThat(r.body()).contains("för stor").contains("32000000");
    assertThat(get("/api/diagrams/tree.pdf?depth=5&width=8000").statusCode()).isEqualTo(400);
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(30_000);
  }

  @Test
  void widthsSnapSoThatNearbyWidthsShareOneEntry() throws Exception {
    HttpResponse<String> a = get("/api/diagrams/map.png?root=3.5.2&width=900");
    HttpResponse<String> b = get("/api/diagrams/map.png?root=3.5.2&width=1000");
    assertThat(a.statusCode()).isEqualTo(200);
    assertThat(a.headers().firstValue("ETag")).isEqualTo(b.headers().firstValue("ETag"));
    assertThat(DiagramService.snapWidth(200)).isEqualTo(256);
    assertThat(DiagramService.snapWidth(8000)).isEqualTo(8000);
    assertThat(DiagramService.snapWidth(7000)).isEqualTo(8000);
    assertThatThrownBy(() -> DiagramService.snapWidth(199))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void identicalColdRequestsRenderOnce() throws Exception {
    long before = diagrams.renders();
    ExecutorService clients = Executors.newFixedThreadPool(16);
    try {
      List<Future<HttpResponse<String>>> answers = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        answers.add(clients.submit(() -> get("/api/diagrams/map.png?root=3.6&width=700")));
      }
      for (Future<HttpResponse<String>> f : answers) {
        assertThat(f.get().statusCode()).isEqualTo(200);
      }
    } finally {
      clients.shutdownNow();
    }
    assertThat(diagrams.renders() - before).isEqualTo(1);
  }

  @Test
  void aFullRenderPoolAnswersBusyInsteadOfQueueingWithoutEnd() throws Exception {
    DiagramService small =
        new DiagramService(
            snapshots, versions, stamp, history, clock, 1, 1, 32_000_000L, 1 << 20, 60);
    DiagramService.Version v = small.version();
    ExecutorService clients = Executors.newFixedThreadPool(8);
    try {
      List<Callable<String>> calls = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        int width = 300 + i * 600;
        calls.add(
            () -> {
              try {
                small.render(
                    v,
                    new DiagramService.Request(
                        "map",
                        Optional.of(Code.parse("3")),
                        0,
                        "",
                        "",
                        Optional.empty(),
                        Optional.of(width),
                        DiagramService.Format.PNG));
                return "ok";
              } catch (UnavailableException e) {
                return "busy " + e.retryAfterSeconds();
              }
            });
      }
      List<String> outcomes = new ArrayList<>();
      for (Future<String> f : clients.invokeAll(calls)) {
        outcomes.add(f.get());
      }
      assertThat(outcomes).contains("ok").anyMatch(s -> s.startsWith("busy "));
    } finally {
      clients.shutdownNow();
      small.close();
    }
  }
}
