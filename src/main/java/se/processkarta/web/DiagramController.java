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
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import se.processkarta.diagrams.DiagramService;
import se.processkarta.diagrams.DiagramService.Format;
import se.processkarta.model.Code;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.SwedishTime;
import se.processkarta.model.VersionRef;
import se.processkarta.render.DiagramRenderer;
import se.processkarta.render.Transcoding;
import se.processkarta.web.http.ConditionalGet;
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

  private final DiagramService diagrams;
  private final Clock clock;

  DiagramController(DiagramService diagrams, Clock clock) {
    this.diagrams = diagrams;
    this.clock = clock;
  }

  @Operation(
      summary = "Processkarta som SVG",
      description =
          "En processkarta: verksamhetstyperna med sina områden, eller en nivå under root. "
              + CACHED)
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = "image/svg+xml",
              schema = @Schema(type = "string", format = "binary")))
  @VersionParameters
  @Get(uri = "/map.svg", produces = "image/svg+xml")
  HttpResponse<byte[]> mapSvg(
      HttpRequest<?> request,
      @Parameter(description = ROOT) @QueryValue @Nullable String root,
      @Parameter(hidden = true) @QueryValue @Nullable Integer depth,
      @Parameter(hidden = true) @QueryValue @Nullable String colour,
      @Parameter(hidden = true) @QueryValue @Nullable String date,
      @Parameter(hidden = true) @QueryValue @Nullable Integer width,
      @Parameter(hidden = true) @QueryValue @Nullable String paper,
      @Parameter(hidden = true) @QueryValue @Nullable String orientation,
      @Parameter(hidden = true) VersionRef at) {
    return view(request, "map.svg", root, depth, colour, date, width, paper, orientation, at);
  }

  @Operation(
      summary = "Processkarta som PNG",
      description =
          "En processkarta: verksamhetstyperna med sina områden, eller en nivå under root. "
              + CACHED)
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")))
  @VersionParameters
  @Get(uri = "/map.png", produces = "image/png")
  HttpResponse<byte[]> mapPng(
      HttpRequest<?> request,
      @Parameter(description = ROOT) @QueryValue @Nullable String root,
      @Parameter(hidden = true) @QueryValue @Nullable Integer depth,
      @Parameter(hidden = true) @QueryValue @Nullable String colour,
      @Parameter(hidden = true) @QueryValue @Nullable String date,
      @Parameter(description = WIDTH) @QueryValue @Nullable Integer width,
      @Parameter(hidden = true) @QueryValue @Nullable String paper,
      @Parameter(hidden = true) @QueryValue @Nullable String orientation,
      @Parameter(hidden = true) VersionRef at) {
    return view(request, "map.png", root, depth, colour, date, width, paper, orientation, at);
  }

  @Operation(
      summary = "Processkarta som PDF/A-2b",
      description =
          "En processkarta: verksamhetstyperna med sina områden, eller en nivå under root. "
              + CACHED)
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = "string", format = "binary")))
  @VersionParameters
  @Get(uri = "/map.pdf", produces = "application/pdf")
  HttpResponse<byte[]> mapPdf(
      HttpRequest<?> request,
      @Parameter(description = ROOT) @QueryValue @Nullable String root,
      @Parameter(hidden = true) @QueryValue @Nullable Integer depth,
      @Parameter(hidden = true) @QueryValue @Nullable String colour,
      @Parameter(hidden = true) @QueryValue @Nullable String date,
      @Parameter(hidden = true) @QueryValue @Nullable Integer width,
      @Parameter(description = PAPER) @QueryValue @Nullable String paper,
      @Parameter(description = ORIENTATION) @QueryValue @Nullable String orientation,
      @Parameter(hidden = true) VersionRef at) {
    return view(request, "map.pdf", root, depth, colour, date, width, paper, orientation, at);
  }

  @Operation(
      summary = "Träddiagram som SVG",
      description = "Ett träddiagram över hierarkin under root. " + CACHED)
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = "image/svg+xml",
              schema = @Schema(type = "string", format = "binary")))
  @VersionParameters
  @Get(uri = "/tree.svg", produces = "image/svg+xml")
  HttpResponse<byte[]> treeSvg(
      HttpRequest<?> request,
      @Parameter(description = ROOT) @QueryValue @Nullable String root,
      @Parameter(description = DEPTH) @QueryValue @Nullable Integer depth,
      @Parameter(description = COLOUR) @QueryValue @Nullable String colour,
      @Parameter(hidden = true) @QueryValue @Nullable String date,
      @Parameter(hidden = true) @QueryValue @Nullable Integer width,
      @Parameter(hidden = true) @QueryValue @Nullable String paper,
      @Parameter(hidden = true) @QueryValue @Nullable String orientation,
      @Parameter(hidden = true) VersionRef at) {
    return view(request, "tree.svg", root, depth, colour, date, width, paper, orientation, at);
  }

  @Operation(
      summary = "Träddiagram som PNG",
      description = "Ett träddiagram över hierarkin under root. " + CACHED)
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")))
  @VersionParameters
  @Get(uri = "/tree.png", produces = "image/png")
  HttpResponse<byte[]> treePng(
      HttpRequest<?> request,
      @Parameter(description = ROOT) @QueryValue @Nullable String root,
      @Parameter(description = DEPTH) @QueryValue @Nullable Integer depth,
      @Parameter(description = COLOUR) @QueryValue @Nullable String colour,
      @Parameter(hidden = true) @QueryValue @Nullable String date,
      @Parameter(description = WIDTH) @QueryValue @Nullable Integer width,
      @Parameter(hidden = true) @QueryValue @Nullable String paper,
      @Parameter(hidden = true) @QueryValue @Nullable String orientation,
      @Parameter(hidden = true) VersionRef at) {
    return view(request, "tree.png", root, depth, colour, date, width, paper, orientation, at);
  }

  @Operation(
      summary = "Träddiagram som PDF/A-2b",
      description = "Ett träddiagram över hierarkin under root. " + CACHED)
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = "string", format = "binary")))
  @VersionParameters
  @Get(uri = "/tree.pdf", produces = "application/pdf")
  HttpResponse<byte[]> treePdf(
      HttpRequest<?> request,
      @Parameter(description = ROOT) @QueryValue @Nullable String root,
      @Parameter(description = DEPTH) @QueryValue @Nullable Integer depth,
      @Parameter(description = COLOUR) @QueryValue @Nullable String colour,
      @Parameter(hidden = true) @QueryValue @Nullable String date,
      @Parameter(hidden = true) @QueryValue @Nullable Integer width,
      @Parameter(description = PAPER) @QueryValue @Nullable String paper,
      @Parameter(description = ORIENTATION) @QueryValue @Nullable String orientation,
      @Parameter(hidden = true) VersionRef at) {
    return view(request, "tree.pdf", root, depth, colour, date, width, paper, orientation, at);
  }

  @Operation(
      summary = "Rollöversikt som SVG",
      description =
          "En rollöversikt: ägare, ledare och team per element under root, på ett datum. " + CACHED)
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = "image/svg+xml",
              schema = @Schema(type = "string", format = "binary")))
  @VersionParameters
  @Get(uri = "/roles.svg", produces = "image/svg+xml")
  HttpResponse<byte[]> rolesSvg(
      HttpRequest<?> request,
      @Parameter(description = ROOT) @QueryValue @Nullable String root,
      @Parameter(hidden = true) @QueryValue @Nullable Integer depth,
      @Parameter(hidden = true) @QueryValue @Nullable String colour,
      @Parameter(description = DATE) @QueryValue @Nullable String date,
      @Parameter(hidden = true) @QueryValue @Nullable Integer width,
      @Parameter(hidden = true) @QueryValue @Nullable String paper,
      @Parameter(hidden = true) @QueryValue @Nullable String orientation,
      @Parameter(hidden = true) VersionRef at) {
    return view(request, "roles.svg", root, depth, colour, date, width, paper, orientation, at);
  }

  @Operation(
      summary = "Rollöversikt som PNG",
      description =
          "En rollöversikt: ägare, ledare och team per element under root, på ett datum. " + CACHED)
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")))
  @VersionParameters
  @Get(uri = "/roles.png", produces = "image/png")
  HttpResponse<byte[]> rolesPng(
      HttpRequest<?> request,
      @Parameter(description = ROOT) @QueryValue @Nullable String root,
      @Parameter(hidden = true) @QueryValue @Nullable Integer depth,
      @Parameter(hidden = true) @QueryValue @Nullable String colour,
      @Parameter(description = DATE) @QueryValue @Nullable String date,
      @Parameter(description = WIDTH) @QueryValue @Nullable Integer width,
      @Parameter(hidden = true) @QueryValue @Nullable String paper,
      @Parameter(hidden = true) @QueryValue @Nullable String orientation,
      @Parameter(hidden = true) VersionRef at) {
    return view(request, "roles.png", root, depth, colour, date, width, paper, orientation, at);
  }

  @Operation(
      summary = "Rollöversikt som PDF/A-2b",
      description =
          "En rollöversikt: ägare, ledare och team per element under root, på ett datum. " + CACHED)
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = "string", format = "binary")))
  @VersionParameters
  @Get(uri = "/roles.pdf", produces = "application/pdf")
  HttpResponse<byte[]> rolesPdf(
      HttpRequest<?> request,
      @Parameter(description = ROOT) @QueryValue @Nullable String root,
      @Parameter(hidden = true) @QueryValue @Nullable Integer depth,
      @Parameter(hidden = true) @QueryValue @Nullable String colour,
      @Parameter(description = DATE) @QueryValue @Nullable String date,
      @Parameter(hidden = true) @QueryValue @Nullable Integer width,
      @Parameter(description = PAPER) @QueryValue @Nullable String paper,
      @Parameter(description = ORIENTATION) @QueryValue @Nullable String orientation,
      @Parameter(hidden = true) VersionRef at) {
    return view(request, "roles.pdf", root, depth, colour, date, width, paper, orientation, at);
  }

  @Operation(
      summary = "Personkort som SVG",
      description = "Allt en person ansvarar för, med rapporteringskedjan, på ett datum. " + CACHED)
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = "image/svg+xml",
              schema = @Schema(type = "string", format = "binary")))
  @VersionParameters
  @Get(uri = "/person/{id}.svg", produces = "image/svg+xml")
  HttpResponse<byte[]> personSvg(
      HttpRequest<?> request,
      @Parameter(description = "Personens id, t.ex. anna-lind") @PathVariable String id,
      @Parameter(description = DATE) @QueryValue @Nullable String date,
      @Parameter(hidden = true) @QueryValue @Nullable Integer width,
      @Parameter(hidden = true) @QueryValue @Nullable String paper,
      @Parameter(hidden = true) @QueryValue @Nullable String orientation,
      @Parameter(hidden = true) VersionRef at) {
    return person(request, id + ".svg", date, width, paper, orientation, at);
  }

  @Operation(
      summary = "Personkort som PNG",
      description = "Allt en person ansvarar för, med rapporteringskedjan, på ett datum. " + CACHED)
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(mediaType = "image/png", schema = @Schema(type = "string", format = "binary")))
  @VersionParameters
  @Get(uri = "/person/{id}.png", produces = "image/png")
  HttpResponse<byte[]> personPng(
      HttpRequest<?> request,
      @Parameter(description = "Personens id, t.ex. anna-lind") @PathVariable String id,
      @Parameter(description = DATE) @QueryValue @Nullable String date,
      @Parameter(description = WIDTH) @QueryValue @Nullable Integer width,
      @Parameter(hidden = true) @QueryValue @Nullable String paper,
      @Parameter(hidden = true) @QueryValue @Nullable String orientation,
      @Parameter(hidden = true) VersionRef at) {
    return person(request, id + ".png", date, width, paper, orientation, at);
  }

  @Operation(
      summary = "Personkort som PDF/A-2b",
      description = "Allt en person ansvarar för, med rapporteringskedjan, på ett datum. " + CACHED)
  @ApiResponse(
      responseCode = "200",
      content =
          @Content(
              mediaType = "application/pdf",
              schema = @Schema(type = "string", format = "binary")))
  @VersionParameters
  @Get(uri = "/person/{id}.pdf", produces = "application/pdf")
  HttpResponse<byte[]> personPdf(
      HttpRequest<?> request,
      @Parameter(description = "Personens id, t.ex. anna-lind") @PathVariable String id,
      @Parameter(description = DATE) @QueryValue @Nullable String date,
      @Parameter(hidden = true) @QueryValue @Nullable Integer width,
      @Parameter(description = PAPER) @QueryValue @Nullable String paper,
      @Parameter(description = ORIENTATION) @QueryValue @Nullable String orientation,
      @Parameter(hidden = true) VersionRef at) {
    return person(request, id + ".pdf", date, width, paper, orientation, at);
  }

  /**
   * Any other file name: an unknown view is 404 and an unknown format 400 naming the extension, as
   * before the views had routes of their own. Not in the OpenAPI document: the routes above are.
   */
  @Hidden
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
      @QueryValue @Nullable String orientation,
      VersionRef at) {
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
        at,
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

  /** Any other person file: an unknown format is 400 naming the extension. */
  @Hidden
  @Get("/person/{file}")
  HttpResponse<byte[]> person(
      HttpRequest<?> request,
      @PathVariable String file,
      @QueryValue @Nullable String date,
      @QueryValue @Nullable Integer width,
      @QueryValue @Nullable String paper,
      @QueryValue @Nullable String orientation,
      VersionRef at) {
    int dot = file.lastIndexOf('.');
    if (dot <= 0) {
      throw new NotFoundException("http.notFound", request.getPath());
    }
    Format format = Format.of(file.substring(dot + 1));
    return answer(
        request,
        at,
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
