package se.processkarta.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import se.processkarta.imports.ImportProblem;
import se.processkarta.imports.ImportRejectedException;
import se.processkarta.imports.Where;
import se.processkarta.model.Messages;
import se.processkarta.web.http.Language;

/**
 * A refused import as problem+json: 400 for a file that cannot be read, 422 for rows that break the
 * model's rules, 413 over a limit; {@code errors} lists each problem with its row and column (or
 * XML line) and a message in the user's language that names the place too.
 */
@Produces
@Singleton
class ImportRejectedHandler implements ExceptionHandler<ImportRejectedException, HttpResponse<?>> {

  @Serdeable
  record ImportError(
      @Nullable Integer row, @Nullable String column, @Nullable Integer line, String message) {}

  @Override
  @SuppressWarnings("rawtypes") // the interface declares a raw HttpRequest
  public HttpResponse<?> handle(HttpRequest request, ImportRejectedException e) {
    Locale locale = Language.of(request);
    HttpStatus status =
        switch (e.kind()) {
          case UNREADABLE -> HttpStatus.BAD_REQUEST;
          case INVALID -> HttpStatus.UNPROCESSABLE_ENTITY;
          case TOO_LARGE -> HttpStatus.REQUEST_ENTITY_TOO_LARGE;
        };
    List<ImportError> errors = e.problems().stream().map(p -> error(locale, p)).toList();
    String detail =
        errors.size() == 1
            ? errors.get(0).message()
            : Messages.format(locale, "import.rejected", List.of(String.valueOf(errors.size())));
    return Problems.response(request, status, detail, errors);
  }

  private static ImportError error(Locale locale, ImportProblem p) {
    String reason = Messages.format(locale, p.messageKey(), p.arguments());
    Where w = p.where();
    String message;
    if (w.row() > 0 && w.column() != null) {
      message = at(locale, "import.at.cell", String.valueOf(w.row()), w.column(), reason);
    } else if (w.row() > 0) {
      message = at(locale, "import.at.row", String.valueOf(w.row()), "", reason);
    } else if (w.line() > 0 && w.column() != null) {
      message = at(locale, "import.at.lineField", String.valueOf(w.line()), w.column(), reason);
    } else if (w.line() > 0) {
      message = at(locale, "import.at.line", String.valueOf(w.line()), "", reason);
    } else {
      message = reason;
    }
    return new ImportError(
        w.row() > 0 ? w.row() : null, w.column(), w.line() > 0 ? w.line() : null, message);
  }

  private static String at(Locale locale, String key, String place, String column, String reason) {
    return Messages.format(locale, key, List.of(place, column, reason));
  }
}
