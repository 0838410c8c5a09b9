package se.processkarta.web;

import io.micronaut.core.io.ResourceResolver;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.representer.Representer;
import se.processkarta.export.Exports;
import se.processkarta.web.http.FileRoute;
import se.processkarta.web.http.OpenApiFiles;

/**
 * The OpenAPI document at {@code /swagger/processkarta-0.1.yml}: the one Micronaut generates at
 * compile time, with the files of the routes that answer many ({@link FileRoute}) listed one by
 * one. Built once at start; the static {@code /swagger/**} mapping serves everything else.
 */
@Controller("/swagger")
@Hidden
class OpenApiController {

  /** The generated document's name (the title and version of {@code Application}'s definition). */
  static final String FILE = "processkarta-0.1.yml";

  private final byte[] document;

  OpenApiController(ResourceResolver resources, Exports exports) {
    try (InputStream in =
        resources
            .getResourceAsStream("classpath:META-INF/swagger/" + FILE)
            .orElseThrow(() -> new IllegalStateException("no generated OpenAPI document"))) {
      this.document = yaml(expand(in, exports)).getBytes(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Get(uri = "/" + FILE, produces = "application/yaml")
  HttpResponse<byte[]> document() {
    return HttpResponse.ok(document).contentType(MediaType.of("application/yaml"));
  }

  /** The generated document read from {@code in}, with every file route's files in it. */
  static Map<String, Object> expand(InputStream in, Exports exports) {
    Map<String, Object> generated = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
    return OpenApiFiles.expand(generated, routes(exports));
  }

  /** Every route that answers many files. */
  static List<FileRoute> routes(Exports exports) {
    List<FileRoute> routes = new ArrayList<>();
    routes.add(ExportController.files(exports));
    routes.addAll(DiagramController.files());
    routes.add(AssignmentDiagramController.files());
    return routes;
  }

  private static String yaml(Map<String, Object> document) {
    DumperOptions options = new DumperOptions();
    options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
    options.setWidth(120);
    return new Yaml(new Representer(options), options).dump(document);
  }
}
