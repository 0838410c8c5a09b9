package se.processkarta.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
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
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import java.util.OptionalLong;
import se.processkarta.diagrams.DiagramService;
import se.processkarta.diagrams.DiagramService.Format;
import se.processkarta.hierarchy.PastTree;
import se.processkarta.model.Code;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.RoleRules;
import se.processkarta.render.DiagramRenderer;
import se.processkarta.render.Transcoding;

/**
 * Diagrams as SVG, PNG or PDF: {@code /api/diagrams/map.svg}, {@code tree.png}, {@code roles.pdf},
 * {@code person/{id}.svg}. Each answer carries an ETag from the model version and the parameters; a
 * matching {@code If-None-Match} answers 304 without drawing, but only after every parameter has
 * been checked: the {@link DiagramService.Request} is built (and so validated) first.
 */
@Controller("/api/diagrams")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Diagram")
class DiagramController {

  private final DiagramService diagrams;
  private final PastTree past;
  private final Clock clock;

  DiagramController(DiagramService diagrams, PastTree past, Clock clock) {
    this.diagrams = diagrams;
    this.past = past;
    this.clock = clock;
  }

  @Operation(
      summary =
          "Processkarta (map.svg|png|pdf), träddiagram (tree.*) eller rollöversikt (roles.*)"
              + " för hela modellen eller under root")
  @Get("/{file}")
  HttpResponse<byte[]> view(
      HttpRequest<?> request,
      @PathVariable String file,
      @QueryValue @Nullable String root,
      @QueryValue @Nullable Integer depth,
      @QueryValue @Nullable String colour,
      @QueryValue @Nullable String date,
      @QueryValue @Nullable Integer width,
      @QueryValue @Nullable String paper,
      @QueryValue @Nullable String orientation) {
    int dot = file.lastIndexOf('.');
    String view = dot < 0 ? file : file.substring(0, dot);
    if (dot < 0 || !(view.equals("map") || view.equals("tree") || view.equals("roles"))) {
      throw new NotFoundException("http.notFound", request.getPath());
    }
    Format format = Format.of(file.substring(dot + 1));
    int d = depth == null ? 3 : depth;
    if (view.equals("tree") && (d < 1 || d > DiagramRenderer.MAX_DEPTH)) {
      throw new InvalidInputException("render.depth", String.valueOf(d));
    }
    String c = colour == null ? "level" : colour;
    if (!c.equals("level") && !c.equals("type")) {
      throw new InvalidInputException("render.colour", c);
    }
    Optional<LocalDate> day = view.equals("roles") ? Optional.of(day(date)) : Optional.empty();
    return answer(
        request,
        new DiagramService.Request(
            view,
            code(root),
            view.equals("tree") ? d : 0,
            view.equals("tree") ? c : "",
            "",
            day,
            Optional.ofNullable(width),
            format,
            paper(format, paper, orientation)));
  }

  /** {@code ?paper=A4|A3&orientation=portrait|landscape}, for PDFs only. */
  private static Optional<Transcoding.Paper> paper(
      Format format, String paper, String orientation) {
    Optional<Transcoding.Paper> p = Transcoding.Paper.parse(paper, orientation);
    if (p.isPresent() && format != Format.PDF) {
      throw new InvalidInputException("render.paper", paper);
    }
    return p;
  }

  @Operation(summary = "Personkort: allt en person ansvarar för, med rapporteringskedjan")
  @Get("/person/{file}")
  HttpResponse<byte[]> person(
      HttpRequest<?> request,
      @PathVariable String file,
      @QueryValue @Nullable String date,
      @QueryValue @Nullable Integer width,
      @QueryValue @Nullable String paper,
      @QueryValue @Nullable String orientation) {
    int dot = file.lastIndexOf('.');
    if (dot <= 0) {
      throw new NotFoundException("http.notFound", request.getPath());
    }
    Format format = Format.of(file.substring(dot + 1));
    return answer(
        request,
        new DiagramService.Request(
            "person",
            Optional.empty(),
            0,
            "",
            file.substring(0, dot),
            Optional.of(day(date)),
            Optional.ofNullable(width),
            format,
            paper(format, paper, orientation)));
  }

  private HttpResponse<byte[]> answer(HttpRequest<?> request, DiagramService.Request r) {
    // ?version=N or ?asOf=YYYY-MM-DD: the model as it was (the ETag carries the version read).
    OptionalLong asked =
        past.resolve(request.getParameters().get("version"), request.getParameters().get("asOf"));
    DiagramService.Version version =
        asked.isPresent() ? diagrams.version(asked.getAsLong()) : diagrams.version();
    String etag = diagrams.etag(version, r);
    Optional<String> match = request.getHeaders().get(HttpHeaders.IF_NONE_MATCH, String.class);
    if (match.isPresent() && (match.get().equals(etag) || match.get().equals("W/" + etag))) {
      return HttpResponse.<byte[]>notModified().header(HttpHeaders.ETAG, etag);
    }
    DiagramService.Diagram d = diagrams.render(version, r);
    return HttpResponse.ok(d.body())
        .contentType(MediaType.of(d.format().contentType()))
        .header(HttpHeaders.ETAG, d.etag())
        .header(HttpHeaders.CACHE_CONTROL, "no-cache");
  }

  private static Optional<Code> code(String root) {
    return root == null || root.isBlank() ? Optional.empty() : Optional.of(Code.parse(root));
  }

  /** Today when blank; the same parsing and message as every other date parameter. */
  private LocalDate day(String date) {
    LocalDate d = RoleRules.parseDate(date);
    return d == null ? LocalDate.now(clock) : d;
  }
}
