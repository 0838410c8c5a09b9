package se.processkarta.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.server.types.files.SystemFile;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.annotation.PreDestroy;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import se.processkarta.diagrams.DiagramService;
import se.processkarta.export.DiagramExporter;
import se.processkarta.export.ExportFiles;
import se.processkarta.export.ExportScope;
import se.processkarta.export.Exports;
import se.processkarta.model.Code;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.UnavailableException;
import se.processkarta.model.VersionRef;
import se.processkarta.web.http.FileRoute;
import se.processkarta.web.http.VersionParameters;

/**
 * {@code GET /api/export/{format}?root=CODE&depth=N}: the current model version in one of the
 * export formats, as a download named after the root ({@code processkarta-3.5.drawio}). The formats
 * are the exporters': a new exporter is a new route and a new operation in the OpenAPI document.
 */
@Controller("/api/export")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Export")
class ExportController {

  private static final String DESCRIPTION =
      "Den aktuella modellversionen, hela modellen eller delträdet under root, som fil.";
  private static final String ROOT = "Kod för delträdets rot, t.ex. 3.5 (utelämnad: hela modellen)";
  private static final String DEPTH =
      "Antal nivåer med roten som första, 1–5 (utelämnat: alla nivåer under roten)";

  private final Exports exports;
  private final DiagramService diagrams;
  private final ThreadPoolExecutor writers;
  private final ExportFiles files;

  ExportController(
      Exports exports,
      DiagramService diagrams,
      @Value("${processkarta.export.writers:4}") int writers,
      @Value("${processkarta.export.cache-bytes:536870912}") long cacheBytes,
      @Value("${processkarta.data-dir:./data}") Path dataDir) {
    this.exports = exports;
    this.diagrams = diagrams;
    AtomicInteger n = new AtomicInteger();
    // At most `writers` exports are written at once, each holding a few chunks; more get 503.
    this.writers =
        new ThreadPoolExecutor(
            writers,
            writers,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r -> {
              Thread t = new Thread(r, "export-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.AbortPolicy());
    this.files = new ExportFiles(dataDir.resolve("exports"), cacheBytes, this.writers);
  }

  @PreDestroy
  void close() {
    writers.shutdownNow();
  }

  /**
   * Every format through one route; the OpenAPI document lists each as an operation of its own with
   * its media type ({@link #files}). An unknown name answers 404 with the list of formats.
   */
  @Operation(summary = "Export i ett av formaten", description = DESCRIPTION)
  @ApiResponse(
      responseCode = "200",
      description = "Filen",
      content = @Content(schema = @Schema(type = "string", format = "binary")))
  @VersionParameters
  @Get(uri = "/{format}", produces = MediaType.ALL)
  HttpResponse<SystemFile> export(
      @Parameter(description = "Formatet") @PathVariable String format,
      @Parameter(description = ROOT) @QueryValue @Nullable String root,
      @Parameter(description = DEPTH) @QueryValue @Nullable Integer depth,
      @Parameter(hidden = true) VersionRef at) {
    return answer(format, root, depth, at);
  }

  /** The route's files for the OpenAPI document: one per exporter, with its media type. */
  static FileRoute files(Exports exports) {
    return new FileRoute(
        "/api/export/{format}",
        "format",
        exports.all().stream()
            .map(
                e ->
                    new FileRoute.File(
                        "/api/export/" + e.format(),
                        e.description(),
                        DESCRIPTION,
                        e.mediaType(),
                        Optional.empty(),
                        Map.of()))
            .toList());
  }

  private HttpResponse<SystemFile> answer(
      String format, String root, Integer depth, VersionRef at) {
    DiagramExporter exporter = exports.get(format);
    ExportScope scope =
        new ExportScope(
            root == null || root.isBlank() ? Optional.empty() : Optional.of(Code.parse(root)),
            depth == null ? ExportScope.MAX_DEPTH : depth);
    // ?version=N or ?asOf=YYYY-MM-DD on every format: the model as it was.
    DiagramService.Version version = diagrams.version(at);
    ModelSnapshot snapshot = diagrams.snapshot(version);
    // Written to a file on a writer thread (once per version), then sent from the file: a client
    // that reads slowly or never holds its connection but no writer (16 of them once made every
    // other export 503).
    Path file;
    try {
      file = files.file(exporter, snapshot, scope, version.label() + "|" + version.date());
    } catch (RejectedExecutionException e) {
      throw new UnavailableException(5, "export.busy");
    }
    return headers(
        HttpResponse.ok(new SystemFile(file.toFile(), MediaType.of(exporter.mediaType()))),
        exporter,
        scope,
        version);
  }

  private static MutableHttpResponse<SystemFile> headers(
      MutableHttpResponse<SystemFile> response,
      DiagramExporter exporter,
      ExportScope scope,
      DiagramService.Version version) {
    return response
        .contentType(MediaType.of(exporter.mediaType()))
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            "attachment; filename=\"" + Exports.fileName(exporter, scope) + "\"")
        .header("X-Model-Version", version.label())
        .header(HttpHeaders.CACHE_CONTROL, "no-cache");
  }
}
