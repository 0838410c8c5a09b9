package se.processkarta.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.processkarta.SharedGraph;

/** {@code GET /api/export/{format}} against the seeded model over real HTTP. */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportApiIT implements SharedGraph {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject Exports exports;

  @Inject io.micronaut.runtime.server.EmbeddedServer server;

  private HttpResponse<byte[]> get(String uri) {
    return http.toBlocking().exchange(HttpRequest.GET(uri), byte[].class);
  }

  private HttpClientResponseException error(String uri) {
    return assertThrows(
        HttpClientResponseException.class,
        () -> http.toBlocking().exchange(HttpRequest.GET(uri), String.class));
  }

  @Test
  void headRequestsDoNotHoldTheWritersSoAGetStillStreams() {
    // More HEADs than there are writers (4): each once left its writer waiting on a full pipe.
    for (int i = 0; i < 8; i++) {
      HttpResponse<?> head = http.toBlocking().exchange(HttpRequest.HEAD("/api/export/archimate"));
      assertThat(head.getStatus().getCode()).isEqualTo(200);
    }
    HttpResponse<byte[]> get = get("/api/export/archimate");
    assertThat(get.getStatus().getCode()).isEqualTo(200);
    assertThat(get.body()).isNotEmpty();
  }

  @Test
  void theInjectedListHoldsEveryFormat() {
    assertThat(exports.formats()).containsExactlyElementsOf(Exports.standard().formats());
  }

  @Test
  void everyFormatAnswersWithItsMediaTypeAndAFileName() {
    for (DiagramExporter e : exports.all()) {
      String root = e.format().equals("bpmn") ? "3.5.2" : "3.5";
      HttpResponse<byte[]> r = get("/api/export/" + e.format() + "?root=" + root);
      assertThat(r.getStatus().getCode()).isEqualTo(200);
      assertThat(r.getHeaders().get("Content-Type")).as(e.format()).isEqualTo(e.mediaType());
      assertThat(r.getHeaders().get("Content-Disposition"))
          .isEqualTo("attachment; filename=\"processkarta-" + root + "." + e.extension() + "\"");
      assertThat(r.body()).isNotEmpty();
    }
  }

  @Test
  void aLargeExportIsWrittenOnceAndSentFromItsFileWithItsHeaders() throws Exception {
    // The whole model as ArchiMate (several MB): sent from the file written for this version, so
    // its length is known; a second download is the same file.
    java.net.http.HttpResponse<byte[]> r =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.getURL() + "/api/export/archimate"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Length")).hasValue(String.valueOf(r.body().length));
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/xml");
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"processkarta.archimate.xml\"");
    assertThat(r.headers().firstValue("X-Model-Version")).isPresent();
    assertThat(r.body().length).isGreaterThan(384 * 1024);
    Consumers.archimate(r.body());
    assertThat(get("/api/export/archimate").body()).isEqualTo(r.body());
  }

  /**
   * Sixteen clients that ask for the whole model and never read (issue 20: four of them made every
   * other export 503 until they went away) hold their connections, but no writer: exports of other
   * scopes, which each need a writer, are still answered.
   */
  @Test
  void clientsThatNeverReadDoNotStarveOtherExports() throws Exception {
    List<java.net.Socket> stalled = new java.util.ArrayList<>();
    try {
      for (int i = 0; i < 16; i++) {
        java.net.Socket s = new java.net.Socket();
        s.setReceiveBufferSize(1024);
        s.connect(new java.net.InetSocketAddress("127.0.0.1", server.getPort()));
        s.getOutputStream()
            .write(
                ("GET /api/export/"
                        + (i % 2 == 0 ? "graphml" : "drawio")
                        + " HTTP/1.1\r\n"
                        + "Host: 127.0.0.1\r\n\r\n")
                    .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        s.getOutputStream().flush();
        stalled.add(s);
      }
      Thread.sleep(2000);
      for (String code : List.of("3.1", "3.2", "3.3", "3.4", "3.5", "3.6", "2.1", "2.2")) {
        for (String format : List.of("csv", "dot", "mermaid")) {
          assertThat(get("/api/export/" + format + "?root=" + code).getStatus().getCode())
              .as(format + " " + code)
              .isEqualTo(200);
        }
      }
    } finally {
      for (java.net.Socket s : stalled) {
        s.close();
      }
    }
  }

  @Test
  void theDownloadsOpenInTheirTools() {
    Consumers.drawio(get("/api/export/drawio?root=3.5").body());
    Consumers.archimate(get("/api/export/archimate").body());
    Consumers.bpmn(get("/api/export/bpmn?root=3.5.2.1").body());
    assertThat(Consumers.csv(get("/api/export/csv?root=3&depth=2").body()).stream().skip(1))
        .allMatch(r -> r.get(1).equals("1") || r.get(1).equals("2"));
    assertThat(Consumers.xlsx(get("/api/export/xlsx").body()).getSheetAt(0).getLastRowNum())
        .isGreaterThan(500);
  }

  @Test
  void anUnknownFormatIsA404ListingTheFormats() {
    HttpClientResponseException e = error("/api/export/visio");
    assertThat(e.getStatus().getCode()).isEqualTo(404);
    assertThat(e.getResponse().getContentType().map(Object::toString))
        .hasValue("application/problem+json");
    String body = e.getResponse().getBody(String.class).orElseThrow();
    assertThat(body).contains("visio");
    for (String f : List.of("archimate", "bpmn", "csv", "drawio", "xlsx")) {
      assertThat(body).contains(f);
    }
  }

  @Test
  void aMalformedRootOrDepthIsA400AndAnUnknownRootA404() {
    assertThat(error("/api/export/csv?root=abc").getStatus().getCode()).isEqualTo(400);
    assertThat(error("/api/export/csv?depth=9").getStatus().getCode()).isEqualTo(400);
    assertThat(error("/api/export/csv?depth=abc").getStatus().getCode()).isEqualTo(400);
    assertThat(error("/api/export/csv?root=9.9").getStatus().getCode()).isEqualTo(404);
    assertThat(error("/api/export/bpmn?root=3.5.0").getStatus().getCode()).isEqualTo(400);
  }

  @Test
  void theOpenApiDocumentListsEveryFormatWithItsMediaType() {
    String doc = http.toBlocking().retrieve("/swagger/processkarta-0.1.yml");
    for (DiagramExporter e : exports.all()) {
      assertThat(doc).contains("/api/export/" + e.format() + ":").contains(e.mediaType());
    }
    assertThat(doc).doesNotContain("/api/export/{format}");
  }
}
