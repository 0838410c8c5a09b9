package se.processkarta.web;

import io.micronaut.http.HttpHeaders;
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

  /**
   * The language of the answer from {@code Accept-Language} (RFC 4647 priority list): the first
   * range with a weight above 0 that names Swedish or English decides; {@code *}, other languages,
   * a missing or malformed header give Swedish. (Micronaut's own locale maps {@code *} to the JVM's
   * default locale.)
   */
  static Locale locale(HttpRequest<?> request) {
    String header = request == null ? null : request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
    if (header == null || header.isBlank()) {
      return Messages.SWEDISH;
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(header);
    } catch (IllegalArgumentException e) {
      return Messages.SWEDISH;
    }
    for (Locale.LanguageRange r : ranges) {
      String range = r.getRange();
      if (r.getWeight() <= 0) {
        continue;
      }
      if (range.equals("sv") || range.startsWith("sv-") || range.equals("*")) {
        return Messages.SWEDISH;
      }
      if (range.equals("en") || range.startsWith("en-")) {
        return Locale.ENGLISH;
      }
    }
    return Messages.SWEDISH;
  }

  static MutableHttpResponse<Problem> response(
      HttpRequest<?> request, HttpStatus status, String detail) {
    return HttpResponse.<Problem>status(status)
        .body(problem(request, status, detail))
        .contentType(PROBLEM_JSON)
        .header(HttpHeaders.CONTENT_LANGUAGE, locale(request).toLanguageTag());
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
