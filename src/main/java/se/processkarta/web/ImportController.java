package se.processkarta.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.context.ServerRequestContext;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import se.processkarta.changes.Actor;
import se.processkarta.changes.Permission;
import se.processkarta.imports.ImportRejectedException;
import se.processkarta.imports.ImportService;
import se.processkarta.imports.Where;

/**
 * {@code POST /api/import/{csv|xlsx|archimate|bpmn}}: a file, as the request body or as the part
 * {@code file} of a multipart form (one route per format and kind, so that the OpenAPI document
 * lists each with its media types), becomes a DRAFT change request (201 with the change and a
 * summary), or 200 with an empty change when it changes nothing. A file with any problem is refused
 * as a whole (400/422 listing each problem with its row and column or line, 413 over a limit).
 */
@Controller("/api/import")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Permission.EDITOR_ROLE)
@Tag(name = "Import")
class ImportController {

  /**
   * Also taken, so that an unauthenticated or unauthorised JSON request is 401/403 like every other
   * write rather than 415; for a caller who may import, it is then 415.
   */
  private static final String JSON = MediaType.APPLICATION_JSON;

  private static final String BODY =
      "Filen i anropets kropp blir ett ändringsförslag (utkast): 201 med förslaget och en"
          + " sammanfattning, 200 när filen inte ändrar något; fel listas med rad och kolumn.";
  private static final String UPLOAD =
      "Som importen med filen i kroppen; filnamnet blir en del av förslagets rubrik.";
  private static final String ROOT =
      "Delträdet filen gäller, t.ex. 3.5: rader utanför det avvisas (krävs med retireMissing)";
  private static final String CODE = "bpmn: processen på nivå 4 vars aktiviteter filen anger";
  private static final String RETIRE =
      "true: element under root som filen inte nämner markeras som utgångna";

  private final ImportService imports;

  ImportController(ImportService imports) {
    this.imports = imports;
  }

  @Operation(
      summary = "Importera CSV (UTF-8, semikolon) med exportens kolumner",
      description = BODY)
  @ApiResponse(
      responseCode = "201",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportService.Result.class)))
  @Post(
      uri = "/csv",
      consumes = {"text/csv", "text/plain", "application/octet-stream", JSON},
      produces = MediaType.APPLICATION_JSON)
  HttpResponse<ImportService.Result> csv(
      @Body byte[] body,
      @Parameter(description = ROOT) @QueryValue @Nullable String root,
      @Parameter(description = CODE) @QueryValue @Nullable String code,
      @Parameter(description = RETIRE) @QueryValue @Nullable Boolean retireMissing,
      Actor actor) {
    return answer(actor, request("csv", null, root, code, retireMissing), body);
  }

  @Operation(
      summary =
          "Importera CSV (UTF-8, semikolon) med exportens kolumner, uppladdad som multipart (delen file)",
      description = UPLOAD)
  @ApiResponse(
      responseCode = "201",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportService.Result.class)))
  @Post(
      uri = "/csv",
      consumes = MediaType.MULTIPART_FORM_DATA,
      produces = MediaType.APPLICATION_JSON)
  HttpResponse<ImportService.Result> csvUpload(
      @Part("file") CompletedFileUpload file,
      @Parameter(description = ROOT) @QueryValue @Nullable String root,
      @Parameter(description = CODE) @QueryValue @Nullable String code,
      @Parameter(description = RETIRE) @QueryValue @Nullable Boolean retireMissing,
      Actor actor) {
    return answer(
        actor, request("csv", file.getFilename(), root, code, retireMissing), bytes(file));
  }

  @Operation(
      summary = "Importera Excel-arbetsbok (XLSX) med exportens kolumner",
      description = BODY)
  @ApiResponse(
      responseCode = "201",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportService.Result.class)))
  @Post(
      uri = "/xlsx",
      consumes = {
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        "application/octet-stream",
        JSON
      },
      produces = MediaType.APPLICATION_JSON)
  HttpResponse<ImportService.Result> xlsx(
      @Body byte[] body,
      @Parameter(description = ROOT) @QueryValue @Nullable String root,
      @Parameter(description = CODE) @QueryValue @Nullable String code,
      @Parameter(description = RETIRE) @QueryValue @Nullable Boolean retireMissing,
      Actor actor) {
    return answer(actor, request("xlsx", null, root, code, retireMissing), body);
  }

  @Operation(
      summary =
          "Importera Excel-arbetsbok (XLSX) med exportens kolumner, uppladdad som multipart (delen file)",
      description = UPLOAD)
  @ApiResponse(
      responseCode = "201",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportService.Result.class)))
  @Post(
      uri = "/xlsx",
      consumes = MediaType.MULTIPART_FORM_DATA,
      produces = MediaType.APPLICATION_JSON)
  HttpResponse<ImportService.Result> xlsxUpload(
      @Part("file") CompletedFileUpload file,
      @Parameter(description = ROOT) @QueryValue @Nullable String root,
      @Parameter(description = CODE) @QueryValue @Nullable String code,
      @Parameter(description = RETIRE) @QueryValue @Nullable Boolean retireMissing,
      Actor actor) {
    return answer(
        actor, request("xlsx", file.getFilename(), root, code, retireMissing), bytes(file));
  }

  @Operation(
      summary = "Importera ArchiMate 3.1 Exchange Format (Archi, BiZZdesign, Sparx EA)",
      description = BODY)
  @ApiResponse(
      responseCode = "201",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportService.Result.class)))
  @Post(
      uri = "/archimate",
      consumes = {"application/xml", "text/xml", "application/octet-stream", JSON},
      produces = MediaType.APPLICATION_JSON)
  HttpResponse<ImportService.Result> archimate(
      @Body byte[] body,
      @Parameter(description = ROOT) @QueryValue @Nullable String root,
      @Parameter(description = CODE) @QueryValue @Nullable String code,
      @Parameter(description = RETIRE) @QueryValue @Nullable Boolean retireMissing,
      Actor actor) {
    return answer(actor, request("archimate", null, root, code, retireMissing), body);
  }

  @Operation(
      summary =
          "Importera ArchiMate 3.1 Exchange Format (Archi, BiZZdesign, Sparx EA), uppladdad som multipart (delen file)",
      description = UPLOAD)
  @ApiResponse(
      responseCode = "201",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportService.Result.class)))
  @Post(
      uri = "/archimate",
      consumes = MediaType.MULTIPART_FORM_DATA,
      produces = MediaType.APPLICATION_JSON)
  HttpResponse<ImportService.Result> archimateUpload(
      @Part("file") CompletedFileUpload file,
      @Parameter(description = ROOT) @QueryValue @Nullable String root,
      @Parameter(description = CODE) @QueryValue @Nullable String code,
      @Parameter(description = RETIRE) @QueryValue @Nullable Boolean retireMissing,
      Actor actor) {
    return answer(
        actor, request("archimate", file.getFilename(), root, code, retireMissing), bytes(file));
  }

  @Operation(
      summary = "Importera BPMN 2.0: uppgifterna i en process blir aktiviteterna i processen code",
      description = BODY)
  @ApiResponse(
      responseCode = "201",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportService.Result.class)))
  @Post(
      uri = "/bpmn",
      consumes = {"application/xml", "text/xml", "application/octet-stream", JSON},
      produces = MediaType.APPLICATION_JSON)
  HttpResponse<ImportService.Result> bpmn(
      @Body byte[] body,
      @Parameter(description = ROOT) @QueryValue @Nullable String root,
      @Parameter(description = CODE) @QueryValue @Nullable String code,
      @Parameter(description = RETIRE) @QueryValue @Nullable Boolean retireMissing,
      Actor actor) {
    return answer(actor, request("bpmn", null, root, code, retireMissing), body);
  }

  @Operation(
      summary =
          "Importera BPMN 2.0: uppgifterna i en process blir aktiviteterna i processen code, uppladdad som multipart (delen file)",
      description = UPLOAD)
  @ApiResponse(
      responseCode = "201",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportService.Result.class)))
  @Post(
      uri = "/bpmn",
      consumes = MediaType.MULTIPART_FORM_DATA,
      produces = MediaType.APPLICATION_JSON)
  HttpResponse<ImportService.Result> bpmnUpload(
      @Part("file") CompletedFileUpload file,
      @Parameter(description = ROOT) @QueryValue @Nullable String root,
      @Parameter(description = CODE) @QueryValue @Nullable String code,
      @Parameter(description = RETIRE) @QueryValue @Nullable Boolean retireMissing,
      Actor actor) {
    return answer(
        actor, request("bpmn", file.getFilename(), root, code, retireMissing), bytes(file));
  }

  private static ImportService.Request request(
      String format, String fileName, String root, String code, Boolean retireMissing) {
    return new ImportService.Request(
        format, fileName, root, code, Boolean.TRUE.equals(retireMissing));
  }

  private byte[] bytes(CompletedFileUpload file) {
    long max = imports.settings().getMaxBytes();
    if (file.getSize() > max) {
      throw ImportRejectedException.tooLarge("import.tooManyBytes", String.valueOf(max));
    }
    try (InputStream in = file.getInputStream()) {
      return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    } catch (IOException e) {
      throw ImportRejectedException.unreadable(Where.FILE, "import.unreadable");
    }
  }

  private HttpResponse<ImportService.Result> answer(
      Actor actor, ImportService.Request request, byte[] body) {
    boolean json =
        ServerRequestContext.currentRequest()
            .flatMap(HttpRequest::getContentType)
            .filter(t -> t.matches(MediaType.APPLICATION_JSON_TYPE))
            .isPresent();
    if (json) {
      // JSON is routed here only so that a caller without the permission gets 401/403 first; a
      // file is never JSON (it was read as one and refused with a misleading reason).
      return HttpResponse.status(HttpStatus.UNSUPPORTED_MEDIA_TYPE);
    }
    ImportService.Result result = imports.importFile(actor, request, body);
    return HttpResponse.status(result.change() == null ? HttpStatus.OK : HttpStatus.CREATED)
        .body(result);
  }
}
