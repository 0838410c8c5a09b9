package se.processkarta.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import se.processkarta.export.DiagramExporter;
import se.processkarta.export.Exports;

/**
 * The OpenAPI document as served: the one generated at compile time ({@code
 * META-INF/swagger/*.yml}) with the files of the routes that answer many listed one by one, so that
 * every export format and every diagram view is an operation of its own, with its parameters and
 * the media type it really answers with (not the generic one the route itself claims).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {

  private Map<String, Object> paths;

  @BeforeAll
  @SuppressWarnings("unchecked")
  void read() throws IOException {
    Path yml = Path.of("target/classes/META-INF/swagger", OpenApiController.FILE);
    try (InputStream in = Files.newInputStream(yml)) {
      paths = (Map<String, Object>) OpenApiController.expand(in, Exports.standard()).get("paths");
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> get(String path) {
    assertThat(paths).as("the OpenAPI document lists " + path).containsKey(path);
    Map<String, Object> operation =
        (Map<String, Object>) ((Map<String, Object>) paths.get(path)).get("get");
    assertThat(operation).as("GET " + path).isNotNull();
    return operation;
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> content(Map<String, Object> operation) {
    Map<String, Object> responses = (Map<String, Object>) operation.get("responses");
    return (Map<String, Object>) ((Map<String, Object>) responses.get("200")).get("content");
  }

  @SuppressWarnings("unchecked")
  private static List<String> parameters(Map<String, Object> operation) {
    return ((List<Map<String, Object>>) operation.getOrDefault("parameters", List.of()))
        .stream().map(p -> (String) p.get("name")).toList();
  }

  @Test
  void everyExportFormatIsAnOperationWithItsMediaTypeAndParameters() {
    for (DiagramExporter e : Exports.standard().all()) {
      Map<String, Object> op = get("/api/export/" + e.format());
      assertThat(content(op)).as(e.format()).containsOnlyKeys(e.mediaType());
      assertThat(parameters(op)).as(e.format()).contains("root", "depth", "version", "asOf");
      assertThat((String) op.get("summary")).as(e.format()).isNotBlank();
    }
    assertThat(paths).doesNotContainKey("/api/export/{format}");
  }

  @Test
  void everyDiagramViewAndFormatIsAnOperationWithItsMediaType() {
    Map<String, String> media =
        Map.of("svg", "image/svg+xml", "png", "image/png", "pdf", "application/pdf");
    for (String view : List.of("map", "tree", "roles", "person/{id}")) {
      for (Map.Entry<String, String> f : media.entrySet()) {
        String path = "/api/diagrams/" + view + "." + f.getKey();
        Map<String, Object> op = get(path);
        assertThat(content(op)).as(path).containsOnlyKeys(f.getValue());
        List<String> params = parameters(op);
        assertThat(params).as(path).contains("version", "asOf");
        assertThat(params.contains("width"))
            .as(path + " width")
            .isEqualTo(f.getKey().equals("png"));
        assertThat(params.contains("paper"))
            .as(path + " paper")
            .isEqualTo(f.getKey().equals("pdf"));
        assertThat(params.contains("depth")).as(path + " depth").isEqualTo(view.equals("tree"));
        assertThat(params).as(path).contains(view.startsWith("person") ? "id" : "root");
      }
    }
    // The routes that answer every view are listed only through their files.
    assertThat(paths).doesNotContainKeys("/api/diagrams/{file}", "/api/diagrams/person/{file}");
  }

  @Test
  void theChangeDiffDrawingsAreOperationsAnsweringTheirMediaTypes() {
    assertThat(content(get("/api/changes/{id}/diff.pdf"))).containsOnlyKeys("application/pdf");
    assertThat(content(get("/api/changes/{id}/diff.svg"))).containsOnlyKeys("image/svg+xml");
    assertThat(content(get("/api/changes/{id}/diff.png"))).containsOnlyKeys("image/png");
  }

  @Test
  void theAssignmentDrawingsAreOperationsAnsweringTheirMediaTypes() {
    Map<String, String> types =
        Map.of("svg", "image/svg+xml", "png", "image/png", "pdf", "application/pdf");
    for (var t : types.entrySet()) {
      for (String path :
          List.of(
              "/api/diagrams/assignments/{id}/timeline.",
              "/api/diagrams/assignments/{id}/roles.",
              "/api/diagrams/portfolio.",
              "/api/diagrams/arshjul.")) {
        assertThat(content(get(path + t.getKey()))).as(path).containsOnlyKeys(t.getValue());
      }
      for (String view : List.of("timeline", "roles")) {
        String path = "/api/diagrams/assignments/{id}/" + view + "." + t.getKey();
        assertThat(parameters(get(path)))
            .as(path)
            .contains("id")
            .doesNotContain("file")
            .hasSize(t.getKey().equals("png") ? 2 : 1);
      }
    }
    assertThat(paths).doesNotContainKey("/api/diagrams/assignments/{id}/{file}");
  }

  @Test
  @SuppressWarnings("unchecked")
  void theVersionParametersHaveTheirTypesOnEveryOperation() {
    int seen = 0;
    for (Object item : paths.values()) {
      Map<String, Object> get = (Map<String, Object>) ((Map<String, Object>) item).get("get");
      if (get == null) {
        continue;
      }
      for (Map<String, Object> p :
          (List<Map<String, Object>>) get.getOrDefault("parameters", List.of())) {
        if (p.get("name").equals("version")) {
          assertThat((Map<String, Object>) p.get("schema")).containsEntry("type", "integer");
          seen++;
        } else if (p.get("name").equals("asOf")) {
          assertThat((Map<String, Object>) p.get("schema"))
              .containsEntry("type", "string")
              .containsEntry("format", "date");
        }
      }
    }
    assertThat(seen).isGreaterThan(30);
  }

  @Test
  void aRouteTheGeneratedDocumentLacksIsRefusedRatherThanLeftOut() {
    var route = new se.processkarta.web.http.FileRoute("/api/nothing/{file}", "file", List.of());
    assertThatThrownBy(
            () ->
                se.processkarta.web.http.OpenApiFiles.expand(
                    Map.of("paths", Map.of()), List.of(route)))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("/api/nothing/{file}");
  }
}
