package se.processkarta.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import se.processkarta.assignments.AssignmentDiagrams;
import se.processkarta.diagrams.DiagramService.Format;
import se.processkarta.render.Transcoding;

/**
 * The assignments' diagrams as SVG, PNG or PDF/A: an assignment's timeline, the year's portfolio
 * (Gantt) and the årshjul.
 */
@Controller("/api/diagrams")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Diagram")
class AssignmentDiagramController {

  private final AssignmentDiagrams diagrams;

  AssignmentDiagramController(AssignmentDiagrams diagrams) {
    this.diagrams = diagrams;
  }

  private static HttpResponse<byte[]> answer(String svg, Format format) {
    byte[] body =
        switch (format) {
          case SVG -> svg.getBytes(StandardCharsets.UTF_8);
          case PNG -> Transcoding.png(svg);
          case PDF -> Transcoding.pdf(svg);
        };
    return HttpResponse.ok(body).contentType(format.contentType());
  }

  @Get("/assignments/{id}/timeline.svg")
  HttpResponse<byte[]> timelineSvg(@PathVariable long id) {
    return answer(diagrams.timeline(id), Format.SVG);
  }

  @Get("/assignments/{id}/timeline.png")
  HttpResponse<byte[]> timelinePng(@PathVariable long id) {
    return answer(diagrams.timeline(id), Format.PNG);
  }

  @Get("/assignments/{id}/timeline.pdf")
  HttpResponse<byte[]> timelinePdf(@PathVariable long id) {
    return answer(diagrams.timeline(id), Format.PDF);
  }

  @Get("/portfolio.svg")
  HttpResponse<byte[]> portfolioSvg(@QueryValue @Nullable String year) {
    return answer(diagrams.portfolio(year), Format.SVG);
  }

  @Get("/portfolio.png")
  HttpResponse<byte[]> portfolioPng(@QueryValue @Nullable String year) {
    return answer(diagrams.portfolio(year), Format.PNG);
  }

  @Get("/portfolio.pdf")
  HttpResponse<byte[]> portfolioPdf(@QueryValue @Nullable String year) {
    return answer(diagrams.portfolio(year), Format.PDF);
  }

  @Get("/arshjul.svg")
  HttpResponse<byte[]> arshjulSvg(@QueryValue @Nullable String year) {
    return answer(diagrams.arshjul(year), Format.SVG);
  }

  @Get("/arshjul.png")
  HttpResponse<byte[]> arshjulPng(@QueryValue @Nullable String year) {
    return answer(diagrams.arshjul(year), Format.PNG);
  }

  @Get("/arshjul.pdf")
  HttpResponse<byte[]> arshjulPdf(@QueryValue @Nullable String year) {
    return answer(diagrams.arshjul(year), Format.PDF);
  }
}
