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
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.processkarta.diagrams.DiagramService;
import se.processkarta.diagrams.DiagramService.Format;
import se.processkarta.diagrams.DiagramView;
import se.processkarta.model.Code;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.SwedishTime;
import se.processkarta.model.VersionRef;
import se.processkarta.render.DiagramRenderer;
import se.processkarta.render.Transcoding;
import se.processkarta.web.http.ConditionalGet;
import se.processkarta.web.http.FileRoute;
import se.processkarta.web.http.VersionParameters;

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

  private static final String CACHED =
      "Ritas en gång per modellversion och parametrar; ETag och If-None-Match (304) gäller.";
  private static final String ROOT = "Kod för delträdets rot, t.ex. 3.5 (utelämnad: hela modellen)";
  private static final String DEPTH = "Antal nivåer med roten som första, 1–5 (utelämnat: 3)";
  private static final String COLOUR = "level (färg efter nivå, standard) eller type (efter typ)";
  private static final String DATE = "Datum som rollerna gäller, ÅÅÅÅ-MM-DD (utelämnat: i dag)";
  private static final String WIDTH =
      "Bildens bredd i bildpunkter, 200–8000, avrundas uppåt till en av de fasta bredderna";
  private static final String PAPER = "Pappersformat A4 eller A3 (utelämnat: ritningens storlek)";
  private static final String ORIENTATION = "portrait eller landscape, med paper";

  private static final String YEAR = "Året för portfolio och arshjul, t.ex. 2026 (utelämnat: i år)";

  private final DiagramService diagrams;
  private final YearDrawings years;
  private final Clock clock;

  DiagramController(DiagramService diagrams, YearDrawings years, Clock clock) {
    this.diagrams = diagrams;
    this.years = years;
    this.clock = clock;
  }

  /**
   * Every view in every format through one route, {@code /api/diagrams/map.svg}; the OpenAPI
   * document lists each as an operation of its own ({@link #files}). An unknown view is 404 and an
   * unknown format 400 naming the extension.
   */
  @Operation(summary = "Diagram", description = CACHED)
  @ApiResponse(
      responseCode = "200",
      description = "Diagrammet",
      content = @Content(schema = @Schema(type = "string", format = "binary")))
  @VersionParameters
  @Get(uri = "/{file}", produces = MediaType.ALL)
  HttpResponse<byte[]> view(
      HttpRequest<?> request,
      @Parameter(description = "Vy och format, t.ex. map.svg") @PathVariable String file,
      @Parameter(description = ROOT) @QueryValue @Nullable String root,
      @Parameter(description = DEPTH) @QueryValue @Nullable Integer depth,
      @Parameter(description = COLOUR) @QueryValue @Nullable String colour,
      @Parameter(description = DATE) @QueryValue @Nullable String date,
      @Parameter(description = WIDTH) @QueryValue @Nullable Integer width,
      @Parameter(description = PAPER) @QueryValue @Nullable String paper,
      @Parameter(description = ORIENTATION) @QueryValue @Nullable String orientation,
      @Parameter(description = YEAR) @QueryValue @Nullable String year,
      @Parameter(hidden = true) VersionRef at) {
    int dot = file.lastIndexOf('.');
    if (dot > 0 && YearDrawings.draws(file.substring(0, dot))) {
      return years.answer(
          file.substring(0, dot), year, Format.of(file.substring(dot + 1)), width, request);
    }
    Optional<DiagramView> found =
        dot < 0 ? Optional.empty() : DiagramView.ofTree(file.substring(0, dot));
    if (found.isEmpty()) {
      throw new NotFoundException("http.notFound", request.getPath());
    }
    DiagramView view = found.get();
    Format format = Format.of(file.substring(dot + 1));
    int d = depth == null ? 3 : depth;
    if (view == DiagramView.TREE && (d < 1 || d > DiagramRenderer.MAX_DEPTH)) {
      throw new InvalidInputException("render.depth", String.valueOf(d));
    }
    String c = colour == null ? "level" : colour;
    if (!c.equals("level") && !c.equals("type")) {
      throw new InvalidInputException("render.colour", c);
    }
    Optional<LocalDate> day = view == DiagramView.ROLES ? Optional.of(day(date)) : Optional.empty();
    return answer(
        request,
        at,
        new DiagramService.Request(
            view.id(),
            code(root),
            view == DiagramView.TREE ? d : 0,
            view == DiagramView.TREE ? c : "",
            "",
            day,
            Optional.ofNullable(width),
            format,
            paper(format, paper, orientation)));
  }

  /**
   * The routes' files for the OpenAPI document: each view in each format, with the parameters that
   * view and format read.
   */
  static List<FileRoute> files() {
    List<FileRoute.File> views = new ArrayList<>();
    List<FileRoute.File> people = new ArrayList<>();
    for (DiagramView v : DiagramView.values()) {
      for (Format f : Format.values()) {
        Set<String> reads = new HashSet<>(v.parameters());
        reads.addAll(f.parameters());
        String description = v.description() + " " + CACHED;
        if (v == DiagramView.PERSON) {
          people.add(
              drawing(
                  "/api/diagrams/person/{id}",
                  v.title(),
                  description,
                  f,
                  reads,
                  Map.of("id", "Personens id, t.ex. anna-lind")));
        } else {
          views.add(drawing("/api/diagrams/" + v.id(), v.title(), description, f, reads, Map.of()));
        }
      }
    }
    views.addAll(YearDrawings.files(CACHED));
    return List.of(
        new FileRoute("/api/diagrams/{file}", "file", views),
        new FileRoute("/api/diagrams/person/{file}", "file", people));
  }

  /**
   * One drawing in one format for the OpenAPI document: {@code path} with the format's extension,
   * "title som PNG", the format's media type, and the query parameters it reads.
   */
  static FileRoute.File drawing(
      String path,
      String title,
      String description,
      Format f,
      Collection<String> reads,
      Map<String, String> pathParameters) {
    return new FileRoute.File(
        path + "." + f.extension(),
        title + " som " + f.title(),
        description,
        f.contentType(),
        Optional.of(Set.copyOf(reads)),
        pathParameters);
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

  /** A person's card in every format, {@code /api/diagrams/person/anna-lind.svg}. */
  @Operation(summary = "Personkort", description = CACHED)
  @ApiResponse(
      responseCode = "200",
      description = "Personkortet",
      content = @Content(schema = @Schema(type = "string", format = "binary")))
  @VersionParameters
  @Get(uri = "/person/{file}", produces = MediaType.ALL)
  HttpResponse<byte[]> person(
      HttpRequest<?> request,
      @Parameter(description = "Personens id och format, t.ex. anna-lind.svg") @PathVariable
          String file,
      @Parameter(description = DATE) @QueryValue @Nullable String date,
      @Parameter(description = WIDTH) @QueryValue @Nullable Integer width,
      @Parameter(description = PAPER) @QueryValue @Nullable String paper,
      @Parameter(description = ORIENTATION) @QueryValue @Nullable String orientation,
      @Parameter(hidden = true) VersionRef at) {
    int dot = file.lastIndexOf('.');
    if (dot <= 0) {
      throw new NotFoundException("http.notFound", request.getPath());
    }
    Format format = Format.of(file.substring(dot + 1));
    return answer(
        request,
        at,
        new DiagramService.Request(
            DiagramView.PERSON.id(),
            Optional.empty(),
            0,
            "",
            file.substring(0, dot),
            Optional.of(day(date)),
            Optional.ofNullable(width),
            format,
            paper(format, paper, orientation)));
  }

  private HttpResponse<byte[]> answer(
      HttpRequest<?> request, VersionRef at, DiagramService.Request r) {
    // ?version=N or ?asOf=YYYY-MM-DD: the model as it was (the ETag carries the version read).
    DiagramService.Version version = diagrams.version(at);
    return ConditionalGet.answer(
        request, diagrams.etag(version, r), () -> Drawn.body(diagrams.render(version, r)));
  }

  private static Optional<Code> code(String root) {
    return root == null || root.isBlank() ? Optional.empty() : Optional.of(Code.parse(root));
  }

  /** Today when blank; the same parsing and message as every other date parameter. */
  private LocalDate day(String date) {
    LocalDate d = SwedishTime.parseDate(date);
    return SwedishTime.orToday(d, clock);
  }
}
