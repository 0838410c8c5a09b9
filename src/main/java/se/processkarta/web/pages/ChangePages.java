package se.processkarta.web.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Body;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.Post;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecurityRule;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.processkarta.changes.ChangeService;
import se.processkarta.changes.ChangeState;
import se.processkarta.changes.ChangeView;
import se.processkarta.changes.Operation;
import se.processkarta.model.InvalidInputException;

/**
 * Changes for logged-in users: the list and the reviewers' queue, the draft editor (one form per
 * operation, added to the draft one at a time), submit, comments, and the change page with the diff
 * table and the before/after map, where a reviewer who is not the author approves or rejects. Every
 * write goes through {@link ChangeService}, which checks the permission and the four-eyes rule
 * again; the pages only leave out the controls a user may not use.
 */
@Hidden
@Controller("/andringar")
@ExecuteOn(TaskExecutors.BLOCKING)
@Secured(SecurityRule.IS_AUTHENTICATED)
class ChangePages {

  /** The operations the editor offers, in menu order (exact {@code op} names of the API). */
  static final List<String> OPS =
      List.of(
          "updateElement",
          "createElement",
          "moveElement",
          "retireElement",
          "assignRole",
          "endRole");

  private static final List<String> FIELDS =
      List.of(
          "code",
          "name",
          "parentCode",
          "newParentCode",
          "newCode",
          "description",
          "purpose",
          "recipient",
          "role",
          "personId",
          "from",
          "to",
          "competence");

  private final ChangeService changes;
  private final PageRenderer pages;
  private final WebMessages text;

  ChangePages(ChangeService changes, PageRenderer pages, WebMessages text) {
    this.changes = changes;
    this.pages = pages;
    this.text = text;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<String> list(HttpRequest<?> request, Authentication auth) {
    Viewer v = Viewer.of(auth);
    Map<String, Object> m = Pages.model(request, auth);
    m.put("mine", changes.list(null, v.name()));
    m.put("queue", v.reviewer() ? changes.list(ChangeState.SUBMITTED.name(), null) : List.of());
    return pages.page("changes", m, request);
  }

  @Get(value = "/ny", produces = MediaType.TEXT_HTML)
  @Secured("MODEL_EDITOR")
  HttpResponse<String> draftForm(
      HttpRequest<?> request, Authentication auth, @QueryValue @Nullable String kod) {
    Map<String, Object> m = Pages.model(request, auth);
    m.put("code", kod == null ? "" : kod);
    m.put("ops", OPS);
    return pages.page("change-new", m, request);
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
  @Secured("MODEL_EDITOR")
  HttpResponse<?> create(
      HttpRequest<?> request, Authentication auth, @Body Map<String, String> form) {
    Csrf.verify(request, form.get(Csrf.FIELD));
    ChangeView c =
        changes.create(
            Viewer.of(auth).actor(),
            form.get("title"),
            form.get("motivation"),
            List.of(operation(form)));
    return see(c.id());
  }

  @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
  HttpResponse<String> change(HttpRequest<?> request, Authentication auth, @PathVariable long id) {
    Viewer v = Viewer.of(auth);
    ChangeView c = changes.get(id);
    boolean author = c.author().equals(v.name());
    Map<String, Object> m = Pages.model(request, auth);
    m.put("c", c);
    Map<String, Object> diff = changes.diff(id);
    m.put("diff", diff);
    m.put("diffRows", DiffTable.rows(diff, BrowsePages.locale(request), text));
    m.put("ops", OPS);
    m.put("canEdit", author && c.state() == ChangeState.DRAFT);
    m.put("canWithdraw", author && c.state() == ChangeState.SUBMITTED);
    m.put("canReview", !author && v.reviewer() && c.state() == ChangeState.SUBMITTED);
    return pages.page("change", m, request);
  }

  @Post(
      value = "/{id}/operationer",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  @Secured("MODEL_EDITOR")
  HttpResponse<?> addOperation(
      HttpRequest<?> request,
      Authentication auth,
      @PathVariable long id,
      @Body Map<String, String> form) {
    Csrf.verify(request, form.get(Csrf.FIELD));
    ChangeView c = changes.get(id);
    List<Operation> ops = new ArrayList<>(c.operations() == null ? List.of() : c.operations());
    ops.add(operation(form));
    changes.update(Viewer.of(auth).actor(), id, c.title(), c.motivation(), ops);
    return see(id);
  }

  @Post(
      value = "/{id}/skicka",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  @Secured("MODEL_EDITOR")
  HttpResponse<?> submit(
      HttpRequest<?> request,
      Authentication auth,
      @PathVariable long id,
      @Body Map<String, String> form) {
    Csrf.verify(request, form.get(Csrf.FIELD));
    changes.submit(Viewer.of(auth).actor(), id);
    return see(id);
  }

  @Post(
      value = "/{id}/dra-tillbaka",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  @Secured("MODEL_EDITOR")
  HttpResponse<?> withdraw(
      HttpRequest<?> request,
      Authentication auth,
      @PathVariable long id,
      @Body Map<String, String> form) {
    Csrf.verify(request, form.get(Csrf.FIELD));
    changes.withdraw(Viewer.of(auth).actor(), id);
    return see(id);
  }

  @Post(
      value = "/{id}/godkann",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  @Secured("MODEL_REVIEWER")
  HttpResponse<?> approve(
      HttpRequest<?> request,
      Authentication auth,
      @PathVariable long id,
      @Body Map<String, String> form) {
    Csrf.verify(request, form.get(Csrf.FIELD));
    changes.approve(Viewer.of(auth).actor(), id, form.get("comment"));
    return see(id);
  }

  @Post(
      value = "/{id}/avvisa",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  @Secured("MODEL_REVIEWER")
  HttpResponse<?> reject(
      HttpRequest<?> request,
      Authentication auth,
      @PathVariable long id,
      @Body Map<String, String> form) {
    Csrf.verify(request, form.get(Csrf.FIELD));
    changes.reject(Viewer.of(auth).actor(), id, form.get("comment"));
    return see(id);
  }

  @Post(
      value = "/{id}/kommentarer",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  HttpResponse<?> comment(
      HttpRequest<?> request,
      Authentication auth,
      @PathVariable long id,
      @Body Map<String, String> form) {
    Csrf.verify(request, form.get(Csrf.FIELD));
    changes.comment(Viewer.of(auth).actor(), id, form.get("body"));
    return see(id);
  }

  private static HttpResponse<?> see(long id) {
    return HttpResponse.seeOther(URI.create("/andringar/" + id));
  }

  /** One operation from the editor's form: the {@code op} and the fields the user filled in. */
  static Operation operation(Map<String, String> form) {
    String op = form.get("op");
    if (op == null || !OPS.contains(op)) {
      throw new InvalidInputException("web.change.op", op == null ? "" : op);
    }
    Map<String, String> f = new java.util.HashMap<>();
    for (String name : FIELDS) {
      String value = form.get(name);
      if (value != null && !value.isBlank()) {
        f.put(name, value.strip());
      }
    }
    return new Operation(
        op,
        f.get("code"),
        f.get("parentCode"),
        f.get("newParentCode"),
        f.get("newCode"),
        f.get("name"),
        f.get("description"),
        f.get("purpose"),
        f.get("recipient"),
        f.get("role"),
        f.get("personId"),
        f.get("from"),
        f.get("to"),
        f.get("competence"),
        null,
        null,
        null,
        null,
        null,
        null);
  }
}
