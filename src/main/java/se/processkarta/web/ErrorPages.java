package se.processkarta.web;

import io.micronaut.core.io.Writable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.util.HashMap;
import java.util.Map;
import se.processkarta.web.http.Language;

/**
 * The error page for people: the same {@link Problem} that API clients get as problem+json, shown
 * as a Swedish (or English) HTML page when a browser asks for a page. Never a stack trace: the page
 * shows only the problem's title and detail, which come from the message bundles.
 */
@Singleton
class ErrorPages {

  private static final MediaType HTML_UTF8 = MediaType.of("text/html;charset=utf-8");

  private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> renderer;

  ErrorPages(ViewsRenderer<Map<String, Object>, HttpRequest<?>> renderer) {
    this.renderer = renderer;
  }

  /**
   * Whether the answer should be a page: a browser's request (it names {@code text/html}) for
   * anything but the JSON API, the management endpoints and the API documents.
   */
  static boolean wantsPage(HttpRequest<?> request) {
    String path = request.getPath();
    if (path.startsWith("/api/")
        || path.equals("/api")
        || path.startsWith("/health")
        || path.startsWith("/swagger")) {
      return false;
    }
    return request.getHeaders().accept().stream()
        .anyMatch(m -> m.getType().equals("text") && m.getSubtype().equals("html"));
  }

  /** Writes the error page into the answer; false (and nothing written) if it cannot. */
  boolean render(HttpRequest<?> request, MutableHttpResponse<?> response, Problem problem) {
    Map<String, Object> model = new HashMap<>();
    model.put("problemTitle", problem.title());
    model.put("problemDetail", problem.detail());
    model.put("problemStatus", problem.status());
    model.put("user", null);
    model.put("csrfToken", "");
    StringWriter out = new StringWriter();
    try {
      Writable page = renderer.render("error", model, request);
      page.writeTo(out);
    } catch (IOException | RuntimeException e) {
      return false; // the problem+json answer stays: better plain than nothing
    }
    response.body(out.toString());
    response.contentType(HTML_UTF8);
    response.getHeaders().set(HttpHeaders.CONTENT_LANGUAGE, Language.of(request).toLanguageTag());
    return true;
  }
}
