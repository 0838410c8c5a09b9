package se.processkarta.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.InputStream;
import se.processkarta.changes.ChangeService;
import se.processkarta.changes.Permission;
import se.processkarta.imports.ImportRejectedException;
import se.processkarta.imports.ImportService;
import se.processkarta.imports.Where;

/**
 * {@code POST /api/import/{csv|xlsx|archimate|bpmn}}: a file, as the request body or as the part
 * {@code file} of a multipart form, becomes a DRAFT change request (201 with the change and a
 * summary), or 200 with an empty change when it changes nothing. A file with any problem is refused
 * as a whole (400/422 listing each problem with its row and column or line, 413 over a limit).
 */
@Controller("/api/import")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured("MODEL_EDITOR")
@Tag(name = "Import")
class ImportController {

  private static final String FORMAT = "csv, xlsx, archimate eller bpmn";
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
      summary = "Importera en fil som ett ändringsförslag (utkast)",
      description =
          "Filen i anropets kropp. Svarar 201 med ändringsförslaget och en sammanfattning, 200"
              + " när filen inte ändrar något.")
  @ApiResponse(
      responseCode = "201",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportService.Result.class)))
  @Post(
      uri = "/{format}",
      consumes = {
        "text/csv",
        "application/octet-stream",
        "application/xml",
        "text/xml",
        "text/plain",
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
      },
      produces = MediaType.APPLICATION_JSON)
  HttpResponse<ImportService.Result> body(
      @Parameter(description = FORMAT) @PathVariable String format,
      @Body byte[] body,
      @Parameter(description = ROOT) @QueryValue @Nullable String root,
      @Parameter(description = CODE) @QueryValue @Nullable String code,
      @Parameter(description = RETIRE) @QueryValue @Nullable Boolean retireMissing,
      Authentication auth) {
    return answer(
        auth,
        new ImportService.Request(format, null, root, code, Boolean.TRUE.equals(retireMissing)),
        body);
  }

  @Operation(
      summary = "Importera en uppladdad fil (multipart, delen file) som ett ändringsförslag",
      description = "Som importen med filen i kroppen; filnamnet blir en del av rubriken.")
  @ApiResponse(
      responseCode = "201",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(implementation = ImportService.Result.class)))
  @Post(
      uri = "/{format}",
      consumes = MediaType.MULTIPART_FORM_DATA,
      produces = MediaType.APPLICATION_JSON)
  HttpResponse<ImportService.Result> upload(
      @Parameter(description = FORMAT) @PathVariable String format,
      @Part("file") CompletedFileUpload file,
      @Parameter(description = ROOT) @QueryValue @Nullable String root,
      @Parameter(description = CODE) @QueryValue @Nullable String code,
      @Parameter(description = RETIRE) @QueryValue @Nullable Boolean retireMissing,
      Authentication auth) {
    long max = imports.settings().getMaxBytes();
    if (file.getSize() > max) {
      throw ImportRejectedException.tooLarge("import.tooManyBytes", String.valueOf(max));
    }
    byte[] bytes;
    try (InputStream in = file.getInputStream()) {
      bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, max + 1));
    } catch (IOException e) {
      throw ImportRejectedException.unreadable(Where.FILE, "import.unreadable");
    }
    return answer(
        auth,
        new ImportService.Request(
            format, file.getFilename(), root, code, Boolean.TRUE.equals(retireMissing)),
        bytes);
  }

  private HttpResponse<ImportService.Result> answer(
      Authentication auth, ImportService.Request request, byte[] body) {
    ChangeService.Actor actor =
        new ChangeService.Actor(
            auth.getName(), auth.getRoles().contains(Permission.MODEL_REVIEWER.name()));
    ImportService.Result result = imports.importFile(actor, request, body);
    return HttpResponse.status(result.change() == null ? HttpStatus.OK : HttpStatus.CREATED)
        .body(result);
  }
}
