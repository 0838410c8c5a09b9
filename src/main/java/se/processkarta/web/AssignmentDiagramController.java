package se.processkarta.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import se.processkarta.assignments.Assignment;
import se.processkarta.assignments.AssignmentDiagrams;
import se.processkarta.assignments.AssignmentService;
import se.processkarta.diagrams.DiagramService;
import se.processkarta.diagrams.DiagramService.Format;
import se.processkarta.model.NotFoundException;
import se.processkarta.web.http.ConditionalGet;
import se.processkarta.web.http.FileRoute;

/**
 * An assignment's diagrams as SVG, PNG or PDF/A: its timeline and role overview (the year's
 * portfolio and årshjul are {@link YearDrawings}). They are drawn on {@link DiagramService}'s pool,
 * with its cache, coalescing, pixel limit and 503 when busy. Every parameter is checked first (404,
 * 400); then a matching {@code If-None-Match} answers 304 without drawing.
 */
@Controller("/api/diagrams")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Diagram")
class AssignmentDiagramController {

  private static final String WIDTH =
      "Bildens bredd i bildpunkter (PNG), 200–8000, avrundas uppåt till en av de fasta bredderna";

  /** An assignment's views, by their name in the route. */
  private static final Map<String, String> VIEWS = new LinkedHashMap<>();

  static {
    VIEWS.put("timeline", "Uppdragets tidslinje");
    VIEWS.put("roles", "Uppdragets rollöversikt");
  }

  private final AssignmentDiagrams diagrams;
  private final AssignmentService assignments;
  private final DiagramService drawings;

  AssignmentDiagramController(
      AssignmentDiagrams diagrams, AssignmentService assignments, DiagramService drawings) {
    this.diagrams = diagrams;
    this.assignments = assignments;
    this.drawings = drawings;
  }

  /** Draws (or finds in the cache) one drawing, or answers 304 when the client has it. */
  static HttpResponse<byte[]> answer(
      DiagramService drawings,
      HttpRequest<?> request,
      String key,
      Format format,
      Optional<Integer> width,
      Supplier<String> svg) {
    return ConditionalGet.answer(
        request,
        drawings.etag(key, format, width),
        () -> Drawn.body(drawings.render(key, format, width, svg)));
  }

  /**
   * An assignment's timeline and role overview in every format, {@code
   * /api/diagrams/assignments/7/timeline.svg}; the OpenAPI document lists each as an operation of
   * its own ({@link #files}). An unknown view is 404, an unknown format 400.
   */
  @Operation(summary = "Uppdragets diagram")
  @ApiResponse(
      responseCode = "200",
      description = "Diagrammet",
      content = @Content(schema = @Schema(type = "string", format = "binary")))
  @Get(uri = "/assignments/{id}/{file}", produces = MediaType.ALL)
  HttpResponse<byte[]> assignment(
      @Parameter(description = "Uppdragets id") @PathVariable long id,
      @Parameter(description = "Vy och format, t.ex. timeline.svg") @PathVariable String file,
      @Parameter(description = WIDTH) @QueryValue @Nullable Integer width,
      HttpRequest<?> request) {
    int dot = file.lastIndexOf('.');
    String view = dot < 0 ? file : file.substring(0, dot);
    if (dot < 0 || !VIEWS.containsKey(view)) {
      throw new NotFoundException("assignments.diagram.unknown", file);
    }
    Format format = Format.of(file.substring(dot + 1));
    Optional<Integer> w = format == Format.PNG ? Optional.ofNullable(width) : Optional.empty();
    Assignment a = assignments.get(id, null);
    return answer(
        drawings,
        request,
        diagrams.key(view, a),
        format,
        w,
        view.equals("timeline") ? () -> diagrams.timeline(a) : () -> diagrams.roles(a));
  }

  /** The route's files for the OpenAPI document: each view in each format. */
  static FileRoute files() {
    List<FileRoute.File> files = new ArrayList<>();
    VIEWS.forEach(
        (view, title) -> {
          for (Format f : Format.values()) {
            files.add(
                DiagramController.drawing(
                    "/api/diagrams/assignments/{id}/" + view,
                    title,
                    title + ".",
                    f,
                    f == Format.PNG ? List.of("width") : List.of(),
                    Map.of()));
          }
        });
    return new FileRoute("/api/diagrams/assignments/{id}/{file}", "file", files);
  }
}
