package se.processkarta.diagrams;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.micronaut.context.annotation.Property;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.client.HttpClient;
import io.micronaut.http.client.annotation.Client;
import io.micronaut.http.client.exceptions.HttpClientResponseException;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.processkarta.SharedGraph;
import se.processkarta.model.Code;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.render.DiagramRenderer;
import se.processkarta.render.StandardSet;
import se.processkarta.render.SvgChecks;

// A random port: application.yml fixes 8080, and other builds on this machine may hold it.
@Property(name = "micronaut.server.port", value = "-1")
// Not transactional: the published version must be committed for the server to see it.
@MicronautTest(transactional = false)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DiagramApiIT implements SharedGraph {

  @Inject
  @Client("/")
  HttpClient http;

  @Inject GraphSnapshots snapshots;
  @Inject se.processkarta.changes.apply.ModelWriter writer;

  private HttpResponse<byte[]> get(String uri) {
    return http.toBlocking().exchange(HttpRequest.GET(uri), byte[].class);
  }

  private static String etag(HttpResponse<?> r) {
    return r.getHeaders().get("ETag");
  }

  private HttpClientResponseException fails(String uri) {
    return assertThrows(HttpClientResponseException.class, () -> get(uri));
  }

  @Test
  void theGraphSnapshotDrawsTheSameAsTheSeedFiles() {
    ModelSnapshot fromGraph = snapshots.read("golden", StandardSet.SEED_DATE);
    ModelSnapshot fromSeed = SvgChecks.seed("golden");
    DiagramRenderer r = new DiagramRenderer();
    Optional<Code> utbildning = Optional.of(Code.parse("3.5"));
    assertThat(r.processMap(fromGraph, utbildning)).isEqualTo(r.processMap(fromSeed, utbildning));
    assertThat(r.tree(fromGraph, utbildning, 5, DiagramRenderer.TreeColouring.LEVEL))
        .isEqualTo(r.tree(fromSeed, utbildning, 5, DiagramRenderer.TreeColouring.LEVEL));
    assertThat(r.roleMatrix(fromGraph, utbildning)).isEqualTo(r.roleMatrix(fromSeed, utbildning));
    assertThat(r.personCard(fromGraph, "ali-hassan"))
        .isEqualTo(r.personCard(fromSeed, "ali-hassan"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/api/diagrams/map.svg",
        "/api/diagrams/map.svg?root=3.5.2",
        "/api/diagrams/tree.svg?root=3.5&depth=5&colour=type",
        "/api/diagrams/roles.svg?root=3.5",
        "/api/diagrams/person/anna-lind.svg"
      })
  void eachViewAnswersSvgWithAnETag(String uri) {
    HttpResponse<byte[]> r = get(uri);
    assertThat(r.getStatus().getCode()).isEqualTo(200);
    assertThat(r.getContentType().orElseThrow().toString()).isEqualTo("image/svg+xml");
    assertThat(etag(r)).startsWith("\"");
    String svg = new String(r.body(), StandardCharsets.UTF_8);
    assertThat(SvgChecks.parse(svg).getDocumentElement().getLocalName()).isEqualTo("svg");
  }

  @Test
  void pngAndPdfAreRealImagesAndDocuments() {
    HttpResponse<byte[]> png = get("/api/diagrams/map.png?root=3.5&width=800");
    assertThat(png.getContentType().orElseThrow().toString()).isEqualTo("image/png");
    SvgChecks.assertNotBlank(png.body());
    HttpResponse<byte[]> pdf = get("/api/diagrams/person/anna-lind.pdf");
    assertThat(pdf.getContentType().orElseThrow().toString()).isEqualTo("application/pdf");
    assertThat(new String(pdf.body(), 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
  }

  @Test
  void aMatchingIfNoneMatchIs304AndANewModelVersionChangesTheETag() {
    String uri = "/api/diagrams/map.svg?root=3.5.4";
    String etag = etag(get(uri));
    HttpResponse<byte[]> again =
        http.toBlocking()
            .exchange(HttpRequest.GET(uri).header("If-None-Match", etag), byte[].class);
    assertThat(again.getStatus().getCode()).isEqualTo(304);
    assertThat(etag(get(uri + "&depth=2"))).isEqualTo(etag);
    assertThat(etag(get("/api/diagrams/map.svg?root=3.5.2"))).isNotEqualTo(etag);

    writer.apply(
        java.util.UUID.randomUUID().toString(),
        java.util.List.of(
            new se.processkarta.changes.apply.ModelEdit.UpdateElement(
                se.processkarta.model.Code.parse("3.5.4"),
                null,
                "Ny version för cachetestet " + System.nanoTime(),
                null,
                null)));
    HttpResponse<byte[]> after =
        http.toBlocking()
            .exchange(HttpRequest.GET(uri).header("If-None-Match", etag), byte[].class);
    assertThat(after.getStatus().getCode()).isEqualTo(200);
    assertThat(etag(after)).isNotEqualTo(etag);
  }

  @Test
  void anUnknownCodeOrPersonIsA404Problem() {
    for (String uri :
        new String[] {"/api/diagrams/map.svg?root=9.9.9", "/api/diagrams/person/ingen-alls.png"}) {
      HttpClientResponseException e = fails(uri);
      assertThat(e.getStatus().getCode()).isEqualTo(404);
      assertThat(e.getResponse().getContentType().orElseThrow().getName())
          .isEqualTo("application/problem+json");
    }
  }

  @Test
  void anAbsurdDepthWidthFormatOrCodeIsA400Problem() {
    for (String uri :
        new String[] {
          "/api/diagrams/tree.svg?depth=0",
          "/api/diagrams/tree.svg?root=3&depth=99",
          "/api/diagrams/map.png?width=100000",
          "/api/diagrams/map.gif",
          "/api/diagrams/map.svg?root=abc",
          "/api/diagrams/roles.svg?date=igår"
        }) {
      HttpClientResponseException e = fails(uri);
      assertThat(e.getStatus().getCode()).as(uri).isEqualTo(400);
      assertThat(e.getResponse().getContentType().orElseThrow().getName())
          .isEqualTo("application/problem+json");
    }
    assertThat(fails("/api/diagrams/tree.svg?depth=9").getResponse().getBody(String.class))
        .hasValueSatisfying(b -> assertThat(b).contains("Ogiltigt djup 9"));
  }
}
