package se.processkarta.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;
import java.util.Locale;
import se.processkarta.model.Messages;
import se.processkarta.web.http.Language;

/** Builds problem+json answers in the language the request asks for. */
final class Problems {

  static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

  private Problems() {}

  static MutableHttpResponse<Problem> response(
      HttpRequest<?> request, HttpStatus status, String detail) {
    return response(request, status, detail, null);
  }

  /**
   * The one builder of problem+json answers: title from the status in the request's language,
   * {@code detail}, the path as {@code instance}, and {@code errors} when there are several.
   */
  static MutableHttpResponse<Problem> response(
      HttpRequest<?> request, HttpStatus status, String detail, @Nullable List<?> errors) {
    return response(request, status, detail, errors, null);
  }

  /** As above, naming the input {@code field} the problem is about. */
  static MutableHttpResponse<Problem> response(
      HttpRequest<?> request,
      HttpStatus status,
      String detail,
      @Nullable List<?> errors,
      @Nullable String field) {
    return HttpResponse.<Problem>status(status)
        .body(problem(request, status, detail, errors, field))
        .contentType(PROBLEM_JSON)
        .header(HttpHeaders.CONTENT_LANGUAGE, Language.of(request).toLanguageTag());
  }

  static Problem problem(HttpRequest<?> request, HttpStatus status, String detail) {
    return problem(request, status, detail, null, null);
  }

  private static Problem problem(
      HttpRequest<?> request,
      HttpStatus status,
      String detail,
      @Nullable List<?> errors,
      @Nullable String field) {
    Locale locale = Language.of(request);
    String title = Messages.format(locale, "status." + status.getCode(), List.of());
    if (title.equals("status." + status.getCode())) {
      title = Messages.format(locale, "status.other", List.of());
    }
    return new Problem(
        "about:blank",
        title,
        status.getCode(),
        detail,
        request == null ? null : request.getPath(),
        errors,
        field);
  }
}
