package se.processkarta.web.pages;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.views.ViewsRenderer;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Map;
import se.processkarta.assignments.AssignmentService;
import se.processkarta.changes.ChangeService;

/**
 * Renders a page completely before answering. Micronaut's {@code @View} writes the template while
 * the answer streams out, so a failing expression left the browser waiting for an answer that never
 * came; rendered here, a failure is an ordinary exception and reaches the error page.
 */
@Singleton
final class PageRenderer {

  /** Read by {@code web.ProblemFilter}, which then keeps the page (the same name there). */
  static final String FORM_PAGE = "processkarta.formPage";

  static final MediaType HTML = MediaType.of("text/html;charset=utf-8");

  private final ViewsRenderer<Map<String, Object>, HttpRequest<?>> views;
  private final ChangeService changes;
  private final AssignmentService assignments;

  PageRenderer(
      ViewsRenderer<Map<String, Object>, HttpRequest<?>> views,
      ChangeService changes,
      AssignmentService assignments) {
    this.views = views;
    this.changes = changes;
    this.assignments = assignments;
  }

  MutableHttpResponse<String> page(String view, Map<String, Object> model, HttpRequest<?> request) {
    // What waits for the signed-in user, counted in the menu on every page.
    if (model.get("viewer") instanceof Viewer v && v.signedIn()) {
      model.put("waitingChanges", changes.waitingFor(v.actor()));
      model.put("waitingAssignments", assignments.awaitingApprovalCount(v.name()));
    }
    StringWriter out = new StringWriter(16 * 1024);
    try {
      views.render(view, model, request).writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return HttpResponse.ok(out.toString()).contentType(HTML).header("Cache-Control", "no-store");
  }

  /**
   * A form page shown again after a refused value, with {@code status} (400 or 422) and the errors
   * next to their fields; marked so that the error filter keeps it instead of the generic page.
   */
  MutableHttpResponse<String> invalid(
      String view, Map<String, Object> model, HttpRequest<?> request, HttpStatus status) {
    request.setAttribute(FORM_PAGE, Boolean.TRUE);
    return page(view, model, request).status(status);
  }
}
