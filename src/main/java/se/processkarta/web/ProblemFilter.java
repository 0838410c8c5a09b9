package se.processkarta.web;

import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.List;
import java.util.Locale;
import se.processkarta.model.Messages;

/**
 * The one error path for answers that no exception handler wrote: a filter outside every other
 * filter (CORS, the management endpoints' guard, and the security filters when they come) turns any
 * 4xx or 5xx answer without a problem body into problem+json in the asked language. Answers that
 * already carry a {@link Problem} pass unchanged.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ProblemFilter implements Ordered {

  private final long maxRequestSize;

  ProblemFilter(
      @io.micronaut.context.annotation.Value("${micronaut.server.max-request-size:10485760}")
          long maxRequestSize) {
    this.maxRequestSize = maxRequestSize;
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.before();
  }

  @ResponseFilter
  void problem(HttpRequest<?> request, MutableHttpResponse<?> response) {
    int code = response.code();
    if (code < 400
        || response.getBody().filter(Problem.class::isInstance).isPresent()
        || response.getContentType().filter(Problems.PROBLEM_JSON::equals).isPresent()) {
      return; // a handler wrote the problem already, perhaps with extensions (a 422's errors)
    }
    HttpStatus status = response.getStatus();
    Locale locale = Problems.locale(request);
    String detail =
        switch (code) {
          case 401 -> text(locale, "http.unauthorized");
          case 403 ->
              request.getHeaders().getOrigin().isPresent()
                      && response.getHeaders().get(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN) == null
                  ? text(locale, "http.forbiddenOrigin", request.getHeaders().getOrigin().get())
                  : text(locale, "http.forbidden");
          case 404 -> text(locale, "http.notFound", request.getPath());
          case 405 -> text(locale, "http.methodNotAllowed", request.getMethodName());
          case 406 -> text(locale, "http.notAcceptable");
          case 413 -> text(locale, "http.payloadTooLarge", String.valueOf(maxRequestSize));
          case 415 -> text(locale, "http.unsupportedMediaType");
          default -> text(locale, code >= 500 ? "http.serverError" : "http.otherError");
        };
    Problem body = Problems.problem(request, status, detail);
    response.body(body);
    response.contentType(Problems.PROBLEM_JSON);
    response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
  }

  private static String text(Locale locale, String key, String... args) {
    return Messages.format(locale, key, List.of(args));
  }
}
