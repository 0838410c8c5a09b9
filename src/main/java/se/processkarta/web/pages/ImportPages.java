package se.processkarta.web.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.Part;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.multipart.CompletedFileUpload;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import se.processkarta.changes.Permission;
import se.processkarta.imports.ImportProblem;
import se.processkarta.imports.ImportRejectedException;
import se.processkarta.imports.ImportService;
import se.processkarta.imports.Where;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Messages;
import se.processkarta.model.NotFoundException;
import se.processkarta.web.http.Language;

/**
 * The import page for metodstödjare and up: upload a CSV, XLSX, ArchiMate or BPMN file (multipart,
 * with the CSRF token as a part), and {@link ImportService} turns it into one change, which the
 * browser is sent to. A refused file comes back on the same page with every problem listed by row
 * and column and tied to the file field; a bad root or process code is shown at its own field.
 */
@Hidden
@Controller("/importera")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(Permission.EDITOR_ROLE)
class ImportPages {

  private final ImportService imports;
  private final PageRenderer pages;

  ImportPages(ImportService imports, PageRenderer pages) {
    this.imports = imports;
    this.pages = pages;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<String> form(HttpRequest<?> request, Authentication auth) {
    return show(request, auth, ImportForm.empty(), HttpStatus.OK);
  }

  @Post(consumes = MediaType.MULTIPART_FORM_DATA, produces = MediaType.TEXT_HTML)
  HttpResponse<?> upload(
      HttpRequest<?> request,
      Authentication auth,
      @Part("_csrf") @Nullable String csrf,
      @Part("format") @Nullable String format,
      @Part("root") @Nullable String root,
      @Part("code") @Nullable String code,
      @Part("retireMissing") @Nullable String retireMissing,
      @Part("file") @Nullable CompletedFileUpload file) {
    Csrf.verify(request, csrf);
    String f = format == null ? "" : format.strip();
    String r = root == null ? "" : root.strip();
    String c = code == null ? "" : code.strip();
    boolean retire = retireMissing != null && !retireMissing.isBlank();
    Locale locale = Language.of(request);
    ImportForm again = new ImportForm(f, r, c, retire, List.of(), null, null, false);
    try {
      if (!ImportService.FORMATS.contains(f)) {
        throw new InvalidInputException("web.import.format.invalid");
      }
      byte[] body = bytes(file);
      ImportService.Result result =
          imports.importFile(
              Viewer.of(auth).actor(),
              new ImportService.Request(f, file == null ? null : file.getFilename(), r, c, retire),
              body);
      if (result.change() == null) {
        return show(
            request,
            auth,
            new ImportForm(f, r, c, retire, List.of(), null, null, true),
            HttpStatus.OK);
      }
      return HttpResponse.seeOther(URI.create("/andringar/" + result.change().id()));
    } catch (ImportRejectedException e) {
      List<String> errors = new ArrayList<>();
      for (ImportProblem p : e.problems()) {
        errors.add(message(locale, p));
      }
      if (errors.isEmpty()) {
        errors.add(Messages.format(locale, e.messageKey(), e.arguments()));
      }
      return show(
          request,
          auth,
          new ImportForm(f, r, c, retire, errors, null, null, false),
          HttpStatus.UNPROCESSABLE_ENTITY);
    } catch (InvalidInputException | NotFoundException e) {
      String text = Messages.format(locale, e.messageKey(), e.arguments());
      boolean bpmn = f.equals("bpmn");
      ImportForm shown =
          e.messageKey().equals("web.import.format.invalid")
                  || e.messageKey().startsWith("import.empty")
              ? new ImportForm(f, r, c, retire, List.of(text), null, null, false)
              : new ImportForm(
                  f, r, c, retire, List.of(), bpmn ? null : text, bpmn ? text : null, false);
      return show(request, auth, shown, HttpStatus.BAD_REQUEST);
    }
  }

  private HttpResponse<String> show(
      HttpRequest<?> request, Authentication auth, ImportForm form, HttpStatus status) {
    Map<String, Object> m = Pages.model(request, auth);
    m.put("form", form);
    m.put("formats", ImportService.FORMATS);
    m.put("maxBytes", imports.settings().getMaxBytes());
    return status == HttpStatus.OK
        ? pages.page("import", m, request)
        : pages.invalid("import", m, request, status);
  }

  private byte[] bytes(@Nullable CompletedFileUpload file) {
    if (file == null || file.getSize() == 0) {
      throw ImportRejectedException.unreadable(Where.FILE, "import.empty");
    }
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

  /** One problem with its place in the file (the same wording as the API's problem list). */
  static String message(Locale locale, ImportProblem p) {
    String reason = Messages.format(locale, p.messageKey(), p.arguments());
    Where w = p.where();
    if (w.row() > 0 && w.column() != null) {
      return at(locale, "import.at.cell", String.valueOf(w.row()), w.column(), reason);
    } else if (w.row() > 0) {
      return at(locale, "import.at.row", String.valueOf(w.row()), "", reason);
    } else if (w.line() > 0 && w.column() != null) {
      return at(locale, "import.at.lineField", String.valueOf(w.line()), w.column(), reason);
    } else if (w.line() > 0) {
      return at(locale, "import.at.line", String.valueOf(w.line()), "", reason);
    }
    return reason;
  }

  private static String at(Locale locale, String key, String place, String column, String why) {
    return Messages.format(locale, key, List.of(place, column, why));
  }
}
