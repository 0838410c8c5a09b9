package se.processkarta.web.pages;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * Renders a page completely before answering. Micronaut's {@code @View} writes the template while
 * the answer streams out, so a failing expression left the browser waiting for an answer that never
 * came; rendered here, a failure is an ordinary exception and reaches the error page.
 */
@Singleton
final class PageRenderer {

  static final MediaType HTML = MediaType.of("text/html;charset=utf-8");

  private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> views;

  PageRenderer(ViewsRenderer<Map<String, Object>, HttpRequest<?>> views) {
    this.views = views;
  }

  MutableHttpResponse<String> page(String view, Map<String, Object> model, HttpRequest<?> request) {
    StringWriter out = new StringWriter(16 * 1024);
    try {
      views.render(view, model, request).writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HttpResponse.ok(out.toString()).contentType(HTML).header("Cache-Control", "no-store");
  }
}
