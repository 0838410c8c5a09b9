package se.processkarta.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.List;
import java.util.Locale;
import se.processkarta.model.Messages;

/** Builds problem+json answers in the language the request asks for. */
final class Problems {

  static final MediaType PROBLEM_JSON = MediaType.of("application/problem+json");

  private Problems() {}

  static Locale locale(HttpRequest<?> request) {
    return Messages.supported(request == null ? null : request.getLocale().orElse(null));
  }

  static MutableHttpResponse<Problem> response(
      HttpRequest<?> request, HttpStatus status, String detail) {
    return HttpResponse.<Problem>status(status)
        .body(problem(request, status, detail))
        .contentType(PROBLEM_JSON)
        .header(io.micronaut.http.HttpHeaders.CONTENT_LANGUAGE, locale(request).toLanguageTag());
  }

  static Problem problem(HttpRequest<?> request, HttpStatus status, String detail) {
    Locale locale = locale(request);
    String title = Messages.format(locale, "status." + status.getCode(), List.of());
    if (title.equals("status." + status.getCode())) {
      title = Messages.format(locale, "status.other", List.of());
    }
    return new Problem(
        "about:blank", title, status.getCode(), detail, request == null ? null : request.getPath());
  }
}
