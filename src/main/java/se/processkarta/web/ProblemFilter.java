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
import se.processkarta.web.http.Language;

/**
 * The one error path for answers that no exception handler wrote: a filter outside every other
 * filter (CORS, the management endpoints' guard, and the security filters when they come) turns any
 * 4xx or 5xx answer without a problem body into problem+json in the asked language. Answers that
 * already carry a {@link Problem} pass unchanged. A browser asking for a page (not the API) gets
 * the same problem as the Swedish error page ({@link ErrorPages}), never a stack trace.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class ProblemFilter implements Ordered {

  /**
   * Request attribute set by a page that answers a refused form itself, with its field errors (the
   * same name as {@code web.pages.PageRenderer.FORM_PAGE}).
   */
  static final String FORM_PAGE = "processkarta.formPage";

  private final long maxRequestSize;
  private final ErrorPages pages;

  ProblemFilter(
      @io.micronaut.context.annotation.Value("${micronaut.server.max-request-size:10485760}")
          long maxRequestSize,
      ErrorPages pages) {
    this.maxRequestSize = maxRequestSize;
    this.pages = pages;
  }

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.before();
  }

  @ResponseFilter
  void problem(HttpRequest<?> request, MutableHttpResponse<?> response) {
    int code = response.code();
    if (code < 400) {
      return;
    }
    boolean page = ErrorPages.wantsPage(request);
    if (code < 500 && page && request.getAttribute(FORM_PAGE).isPresent()) {
      // A page re-rendered its own form with the reader's values and each error next to its field
      // (web/pages/PageRenderer.invalid): to a browser that page is the answer, not the generic
      // error page. A client that did not ask for HTML gets the problem, as from any route.
      response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, Language.of(request).toLanguageTag());
      return;
    }
    java.util.Optional<Problem> written =
        response.getBody().filter(Problem.class::isInstance).map(Problem.class::cast);
    if (written.isPresent()
        || response.getContentType().filter(Problems.PROBLEM_JSON::equals).isPresent()) {
      // A handler wrote the problem already, perhaps with extensions (a 422's errors); a browser
      // asking for a page gets it as the error page.
      if (page) {
        // A HEAD answer has lost its body by now; its page is the status's own.
        pages.render(
            request,
            response,
            written.orElseGet(
                () ->
                    Problems.problem(
                        request,
                        response.getStatus(),
                        text(Language.of(request), "http.otherError"))));
      }
      return;
    }
    HttpStatus status = response.getStatus();
    Locale locale = Language.of(request);
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
    if (page && pages.render(request, response, body)) {
      return;
    }
    response.body(body);
    response.contentType(Problems.PROBLEM_JSON);
    response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, locale.toLanguageTag());
  }

  private static String text(Locale locale, String key, String... args) {
    return Messages.format(locale, key, List.of(args));
  }
}
