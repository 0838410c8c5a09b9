package se.processkarta.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Hidden;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import java.util.function.Supplier;
import se.processkarta.assignments.Assignment;
import se.processkarta.assignments.AssignmentDiagrams;
import se.processkarta.assignments.AssignmentService;
import se.processkarta.diagrams.DiagramService;
import se.processkarta.diagrams.DiagramService.Format;
import se.processkarta.model.NotFoundException;
import se.processkarta.web.http.ConditionalGet;

/**
 * The assignments' diagrams as SVG, PNG or PDF/A: an assignment's timeline and role overview, the
 * year's portfolio (Gantt) and the årshjul. They are drawn on {@link DiagramService}'s pool, with
 * its cache, coalescing, pixel limit and 503 when busy. Every parameter is checked first (404,
 * 400); then a matching {@code If-None-Match} answers 304 without drawing.
 */
@Controller("/api/diagrams")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Diagram")
class AssignmentDiagramController {

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
   * Any other file under an assignment: an unknown view is 404, an unknown format 400. Not in the
   * OpenAPI document: the six routes below are, each with its media type.
   */
  @Hidden
  @Get("/assignments/{id}/{file}")
  HttpResponse<byte[]> assignment(
      @PathVariable long id,
      @PathVariable String file,
      @QueryValue @Nullable Integer width,
      HttpRequest<?> request) {
    int dot = file.lastIndexOf('.');
    String view = dot < 0 ? file : file.substring(0, dot);
    if (dot < 0 || !view.equals("timeline") && !view.equals("roles")) {
      throw new NotFoundException("assignments.diagram.unknown", file);
    }
    return view(id, view, Format.of(file.substring(dot + 1)), width, request);
  }

  private HttpResponse<byte[]> view(
      long id, String view, Format format, Integer width, HttpRequest<?> request) {
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

  @Get(uri = "/assignments/{id}/timeline.svg", produces = "image/svg+xml")
  HttpResponse<byte[]> timelineSvg(@PathVariable long id, HttpRequest<?> request) {
    return view(id, "timeline", Format.SVG, null, request);
  }

  @Get(uri = "/assignments/{id}/timeline.png", produces = "image/png")
  HttpResponse<byte[]> timelinePng(
      @PathVariable long id, @QueryValue @Nullable Integer width, HttpRequest<?> request) {
    return view(id, "timeline", Format.PNG, width, request);
  }

  @Get(uri = "/assignments/{id}/timeline.pdf", produces = "application/pdf")
  HttpResponse<byte[]> timelinePdf(@PathVariable long id, HttpRequest<?> request) {
    return view(id, "timeline", Format.PDF, null, request);
  }

  @Get(uri = "/assignments/{id}/roles.svg", produces = "image/svg+xml")
  HttpResponse<byte[]> rolesSvg(@PathVariable long id, HttpRequest<?> request) {
    return view(id, "roles", Format.SVG, null, request);
  }

  @Get(uri = "/assignments/{id}/roles.png", produces = "image/png")
  HttpResponse<byte[]> rolesPng(
      @PathVariable long id, @QueryValue @Nullable Integer width, HttpRequest<?> request) {
    return view(id, "roles", Format.PNG, width, request);
  }

  @Get(uri = "/assignments/{id}/roles.pdf", produces = "application/pdf")
  HttpResponse<byte[]> rolesPdf(@PathVariable long id, HttpRequest<?> request) {
    return view(id, "roles", Format.PDF, null, request);
  }

  private HttpResponse<byte[]> year(
      String view, String year, Format format, Integer width, HttpRequest<?> request) {
    String key = diagrams.yearKey(view, year);
    Optional<Integer> w = format == Format.PNG ? Optional.ofNullable(width) : Optional.empty();
    return answer(
        drawings,
        request,
        key,
        format,
        w,
        view.equals("portfolio") ? () -> diagrams.portfolio(year) : () -> diagrams.arshjul(year));
  }

  @Get(uri = "/portfolio.svg", produces = "image/svg+xml")
  HttpResponse<byte[]> portfolioSvg(@QueryValue @Nullable String year, HttpRequest<?> request) {
    return year("portfolio", year, Format.SVG, null, request);
  }

  @Get(uri = "/portfolio.png", produces = "image/png")
  HttpResponse<byte[]> portfolioPng(
      @QueryValue @Nullable String year,
      @QueryValue @Nullable Integer width,
      HttpRequest<?> request) {
    return year("portfolio", year, Format.PNG, width, request);
  }

  @Get(uri = "/portfolio.pdf", produces = "application/pdf")
  HttpResponse<byte[]> portfolioPdf(@QueryValue @Nullable String year, HttpRequest<?> request) {
    return year("portfolio", year, Format.PDF, null, request);
  }

  @Get(uri = "/arshjul.svg", produces = "image/svg+xml")
  HttpResponse<byte[]> arshjulSvg(@QueryValue @Nullable String year, HttpRequest<?> request) {
    return year("arshjul", year, Format.SVG, null, request);
  }

  @Get(uri = "/arshjul.png", produces = "image/png")
  HttpResponse<byte[]> arshjulPng(
      @QueryValue @Nullable String year,
      @QueryValue @Nullable Integer width,
      HttpRequest<?> request) {
    return year("arshjul", year, Format.PNG, width, request);
  }

  @Get(uri = "/arshjul.pdf", produces = "application/pdf")
  HttpResponse<byte[]> arshjulPdf(@QueryValue @Nullable String year, HttpRequest<?> request) {
    return year("arshjul", year, Format.PDF, null, request);
  }
}
