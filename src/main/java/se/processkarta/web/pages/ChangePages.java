package se.processkarta.web.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
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
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.processkarta.changes.Actor;
import se.processkarta.changes.ChangeService;
import se.processkarta.changes.ChangeState;
import se.processkarta.changes.ChangeView;
import se.processkarta.changes.Operation;
import se.processkarta.changes.Permission;
import se.processkarta.changes.apply.EditsRejectedException;
import se.processkarta.model.ConflictException;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Messages;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.ProcesskartaException;
import se.processkarta.web.http.Language;

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
// Reading and commenting on change requests needs what the API needs (GET /api/changes/{id}).
@Secured(Permission.EDITOR_ROLE)
class ChangePages {

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
  @Secured(Permission.EDITOR_ROLE)
  HttpResponse<String> draftForm(
      HttpRequest<?> request, Authentication auth, @QueryValue @Nullable String kod) {
    Map<String, Object> m = Pages.model(request, auth);
    m.put("code", kod == null ? "" : kod);
    m.put("ops", OperationForm.OPS);
    m.put("draftTitle", "");
    m.put("draftMotivation", "");
    noErrors(m);
    return pages.page("change-new", m, request);
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
  @Secured(Permission.EDITOR_ROLE)
  HttpResponse<?> create(HttpRequest<?> request, Authentication auth, @Body OperationForm form) {
    Csrf.verify(request, form.csrf());
    try {
      ChangeView c =
          changes.create(
              Viewer.of(auth).actor(), form.title(), form.motivation(), List.of(form.operation()));
      return see(c.id(), "utkast");
    } catch (EditsRejectedException
        | InvalidInputException
        | NotFoundException
        | ConflictException e) {
      Map<String, Object> m = Pages.model(request, auth);
      m.put("code", "");
      m.put("ops", OperationForm.OPS);
      m.put("draftTitle", form.title() == null ? "" : form.title().strip());
      m.put("draftMotivation", form.motivation() == null ? "" : form.motivation().strip());
      HttpStatus status = refused(m, e, form, 0, Language.of(request));
      return pages.invalid("change-new", m, request, status);
    }
  }

  @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
  HttpResponse<String> change(
      HttpRequest<?> request,
      Authentication auth,
      @PathVariable long id,
      @QueryValue @Nullable String klart) {
    Viewer v = Viewer.of(auth);
    ChangeView c = changes.get(id);
    Map<String, Object> m = Pages.model(request, auth);
    if (klart != null && DONE.contains(klart)) {
      m.put("confirmation", "web.change.done." + klart);
    }
    m.put("c", c);
    m.put("commentTimes", commentTimes(c));
    Map<String, Object> diff = changes.diff(id);
    m.put("diff", diff);
    m.put("diffRows", DiffTable.rows(diff, Language.of(request), text));
    m.put("ops", OperationForm.OPS);
    Actor me = v.actor();
    m.put("canEdit", ChangeService.mayEdit(me, c.author(), c.state()));
    m.put("canWithdraw", ChangeService.mayWithdraw(me, c.author(), c.state()));
    m.put("canReview", ChangeService.mayReview(me, c.author(), c.state()));
    noErrors(m);
    return pages.page("change", m, request);
  }

  @Post(
      value = "/{id}/operationer",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  @Secured(Permission.EDITOR_ROLE)
  HttpResponse<?> addOperation(
      HttpRequest<?> request,
      Authentication auth,
      @PathVariable long id,
      @Body OperationForm form) {
    Csrf.verify(request, form.csrf());
    ChangeView c = changes.get(id);
    List<Operation> ops = new ArrayList<>(c.operations() == null ? List.of() : c.operations());
    try {
      ops.add(form.operation());
      changes.update(Viewer.of(auth).actor(), id, c.title(), c.motivation(), ops);
      return see(id, "atgard");
    } catch (EditsRejectedException | InvalidInputException | NotFoundException e) {
      // The draft page again, with the refused operation's values and each reason at its field.
      Map<String, Object> m = Pages.model(request, auth);
      m.put("c", c);
      m.put("commentTimes", commentTimes(c));
      Map<String, Object> diff = changes.diff(id);
      m.put("diff", diff);
      m.put("diffRows", DiffTable.rows(diff, Language.of(request), text));
      m.put("ops", OperationForm.OPS);
      m.put("canEdit", true);
      m.put("canWithdraw", false);
      m.put("canReview", false);
      HttpStatus status = refused(m, e, form, ops.size() - 1, Language.of(request));
      return pages.invalid("change", m, request, status);
    }
  }

  @Post(
      value = "/{id}/skicka",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  @Secured(Permission.EDITOR_ROLE)
  HttpResponse<?> submit(
      HttpRequest<?> request,
      Authentication auth,
      @PathVariable long id,
      @Body Map<String, String> form) {
    Csrf.verify(request, form.get(Csrf.FIELD));
    changes.submit(Viewer.of(auth).actor(), id);
    return see(id, "skickad");
  }

  @Post(
      value = "/{id}/dra-tillbaka",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  @Secured(Permission.EDITOR_ROLE)
  HttpResponse<?> withdraw(
      HttpRequest<?> request,
      Authentication auth,
      @PathVariable long id,
      @Body Map<String, String> form) {
    Csrf.verify(request, form.get(Csrf.FIELD));
    changes.withdraw(Viewer.of(auth).actor(), id);
    return see(id, "tillbaka");
  }

  @Post(
      value = "/{id}/godkann",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  @Secured(Permission.REVIEWER_ROLE)
  HttpResponse<?> approve(
      HttpRequest<?> request,
      Authentication auth,
      @PathVariable long id,
      @Body Map<String, String> form) {
    Csrf.verify(request, form.get(Csrf.FIELD));
    changes.approve(Viewer.of(auth).actor(), id, form.get("comment"));
    return see(id, "godkand");
  }

  @Post(
      value = "/{id}/avvisa",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  @Secured(Permission.REVIEWER_ROLE)
  HttpResponse<?> reject(
      HttpRequest<?> request,
      Authentication auth,
      @PathVariable long id,
      @Body Map<String, String> form) {
    Csrf.verify(request, form.get(Csrf.FIELD));
    changes.reject(Viewer.of(auth).actor(), id, form.get("comment"));
    return see(id, "avvisad");
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
    return see(id, "kommentar");
  }

  private static void noErrors(Map<String, Object> m) {
    m.put("opValues", Map.of());
    m.put("opErrors", Map.of());
    m.put("opOtherErrors", List.of());
  }

  /**
   * Puts a refused operation back in the form: the values typed, each reason next to the field it
   * concerns ({@code aria-describedby}), and reasons about other operations of the draft above the
   * form. {@code index} is the refused operation's place in the draft. Returns the status: 422 for
   * what the model refuses, 409 for a conflict, 400 for a value that cannot be read.
   */
  private static HttpStatus refused(
      Map<String, Object> m,
      ProcesskartaException e,
      OperationForm form,
      int index,
      java.util.Locale locale) {
    Map<String, String> values = form.values();
    Map<String, String> errors = new java.util.LinkedHashMap<>();
    List<String> other = new ArrayList<>();
    if (e instanceof EditsRejectedException rejected) {
      for (EditsRejectedException.Failure f : rejected.failures()) {
        String text = Messages.format(locale, f.messageKey(), f.arguments());
        Optional<String> field = f.field().filter(OperationForm.FIELDS::contains);
        if (f.index() == index && field.isPresent()) {
          errors.merge(field.get(), text, (a, b) -> a + " " + b);
        } else if (f.index() == index) {
          other.add(text);
        } else {
          other.add(
              Messages.format(locale, "web.change.failure", List.of("" + (f.index() + 1), text)));
        }
      }
    } else {
      String text = Messages.format(locale, e.messageKey(), e.arguments());
      e.field()
          .filter(OperationForm.FIELDS::contains)
          .ifPresentOrElse(f -> errors.put(f, text), () -> other.add(text));
    }
    m.put("opValues", values);
    m.put("opErrors", errors);
    m.put("opOtherErrors", other);
    if (e instanceof ConflictException) {
      return HttpStatus.CONFLICT;
    }
    return e instanceof InvalidInputException
        ? HttpStatus.BAD_REQUEST
        : HttpStatus.UNPROCESSABLE_ENTITY;
  }

  /** When each comment was written, as a Swedish reader reads it ({@code 2026-12-07 14:05}). */
  private static Map<Long, String> commentTimes(ChangeView c) {
    Map<Long, String> times = new java.util.HashMap<>();
    if (c.comments() != null) {
      c.comments().forEach(k -> times.put(k.id(), HistoryRow.FORMAT.format(k.createdAt())));
    }
    return times;
  }

  /**
   * What was just done, confirmed on the change page the browser is sent to (and focused there).
   */
  static final List<String> DONE =
      List.of("utkast", "atgard", "skickad", "tillbaka", "godkand", "avvisad", "kommentar");

  private static HttpResponse<?> see(long id, String done) {
    return HttpResponse.seeOther(URI.create("/andringar/" + id + "?klart=" + done));
  }
}
