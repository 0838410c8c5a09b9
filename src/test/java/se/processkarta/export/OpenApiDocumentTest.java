package se.processkarta.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The OpenAPI document generated at compile time ({@code META-INF/swagger/*.yml}) lists every
 * export format and every diagram view as an operation of its own, with its parameters and the
 * media type it really answers with (not the generic "JSON bytes" a catch-all route claims).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiDocumentTest {

  private Map<String, Object> paths;

  @BeforeAll
  @SuppressWarnings("unchecked")
  void read() throws IOException {
    Path dir = Path.of("target/classes/META-INF/swagger");
    Path yml;
    try (Stream<Path> files = Files.list(dir)) {
      yml = files.filter(p -> p.toString().endsWith(".yml")).findFirst().orElseThrow();
    }
    try (InputStream in = Files.newInputStream(yml)) {
      Map<String, Object> doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
      paths = (Map<String, Object>) doc.get("paths");
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
    // The catch-alls that answer 404/400 for other names are not operations.
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
    }
  }
}
