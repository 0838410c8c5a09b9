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
  void aLargeExportIsSentWhileItIsWrittenWithItsHeaders() throws Exception {
    // The whole model as ArchiMate (several MB): chunked, so the server never knew its length,
    // i.e. never held the whole file; the headers are those of the buffered answer before.
    java.net.http.HttpResponse<java.io.InputStream> r =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(
                        java.net.URI.create(server.getURL() + "/api/export/archimate"))
                    .build(),
                java.net.http.HttpResponse.BodyHandlers.ofInputStream());
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.headers().firstValue("Content-Length")).isEmpty();
    assertThat(r.headers().firstValue("Transfer-Encoding")).hasValue("chunked");
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/xml");
    assertThat(r.headers().firstValue("Content-Disposition"))
        .hasValue("attachment; filename=\"processkarta.archimate.xml\"");
    assertThat(r.headers().firstValue("X-Model-Version")).isPresent();
    byte[] body;
    try (java.io.InputStream in = r.body()) {
      body = in.readAllBytes();
    }
    assertThat(body.length).isGreaterThan(StreamedExport.CHUNK * (StreamedExport.CHUNKS + 2));
    Consumers.archimate(body);
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
