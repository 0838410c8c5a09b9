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
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.processkarta.changes.Actor;
import se.processkarta.changes.ChangeService;
import se.processkarta.changes.ChangeState;
import se.processkarta.changes.ChangeView;
import se.processkarta.changes.Operation;
import se.processkarta.changes.Permission;
import se.processkarta.changes.Users;
import se.processkarta.changes.apply.EditsRejectedException;
import se.processkarta.diagrams.ChangeDiagrams;
import se.processkarta.diagrams.DiagramService;
import se.processkarta.hierarchy.ElementDetail;
import se.processkarta.model.Code;
import se.processkarta.model.ConflictException;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Messages;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.ProcesskartaException;
import se.processkarta.model.RoleKind;
import se.processkarta.model.SwedishTime;
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
  private final DraftActions actions;
  private final Users users;
  private final ChangeDiagrams drawings;
  private final Clock clock;

  ChangePages(
      ChangeService changes,
      PageRenderer pages,
      WebMessages text,
      DraftActions actions,
      Users users,
      ChangeDiagrams drawings,
      Clock clock) {
    this.users = users;
    this.drawings = drawings;
    this.changes = changes;
    this.pages = pages;
    this.text = text;
    this.actions = actions;
    this.clock = clock;
  }

  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<String> list(HttpRequest<?> request, Authentication auth) {
    Viewer v = Viewer.of(auth);
    Map<String, Object> m = Pages.model(request, auth);
    List<ChangeView> mine = changes.list(null, v.name());
    List<ChangeView> queue =
        v.reviewer() ? changes.list(ChangeState.SUBMITTED.name(), null) : List.of();
    m.put("mine", mine);
    m.put("queue", queue);
    // Authors by their names.
    m.put(
        "names",
        users.displayNames(
            java.util.stream.Stream.concat(mine.stream(), queue.stream())
                .map(ChangeView::author)
                .toList()));
    return pages.page("changes", m, request);
  }

  @Get(value = "/ny", produces = MediaType.TEXT_HTML)
  @Secured(Permission.EDITOR_ROLE)
  HttpResponse<String> draftForm(
      HttpRequest<?> request,
      Authentication auth,
      @QueryValue @Nullable String kod,
      @QueryValue @Nullable String op) {
    Map<String, Object> m = Pages.model(request, auth);
    m.put("draftMotivation", "");
    Locale locale = Language.of(request);
    actionForm(m, kod, op, Map.of(), "/andringar/ny", "/andringar", locale);
    // A title to start from: what is done, and where ("Byt processledare i 3.5.2.1 Placera …").
    m.put(
        "draftTitle",
        m.get("op") instanceof String chosen && m.get("element") instanceof ElementDetail e
            ? text.text(
                locale,
                "web.change.defaultTitle",
                actionName(chosen, e, locale),
                e.code(),
                e.name())
            : "");
    return pages.page("change-new", m, request);
  }

  @Post(consumes = MediaType.APPLICATION_FORM_URLENCODED, produces = MediaType.TEXT_HTML)
  @Secured(Permission.EDITOR_ROLE)
  HttpResponse<?> create(HttpRequest<?> request, Authentication auth, @Body OperationForm form) {
    Csrf.verify(request, form.csrf());
    try {
      ChangeView c =
          changes.create(
              Viewer.of(auth).actor(), form.title(), form.motivation(), actions.operations(form));
      return see(c.id(), "utkast");
    } catch (EditsRejectedException
        | InvalidInputException
        | NotFoundException
        | ConflictException e) {
      Map<String, Object> m = Pages.model(request, auth);
      m.put("draftTitle", form.title() == null ? "" : form.title().strip());
      m.put("draftMotivation", form.motivation() == null ? "" : form.motivation().strip());
      actionForm(
          m,
          context(form.op(), form.code(), form.parentCode()),
          form.op(),
          form.values(),
          "/andringar/ny",
          "/andringar",
          Language.of(request));
      HttpStatus status = refused(m, e, form, i -> true, Language.of(request));
      return pages.invalid("change-new", m, request, status);
    }
  }

  @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
  HttpResponse<String> change(
      HttpRequest<?> request,
      Authentication auth,
      @PathVariable long id,
      @QueryValue @Nullable String klart,
      @QueryValue @Nullable String kod,
      @QueryValue @Nullable String op,
      @QueryValue @Nullable Integer andra) {
    ChangeView c = changes.get(id);
    Map<String, Object> m = changeModel(request, auth, c);
    if (klart != null && DONE.contains(klart)) {
      m.put("confirmation", "web.change.done." + klart);
    }
    List<Operation> ops = c.operations() == null ? List.of() : c.operations();
    if (andra != null && andra >= 1 && andra <= ops.size() && (boolean) m.get("canEdit")) {
      // One action of the draft in its own form, to change and save in its place.
      Operation o = ops.get(andra - 1);
      m.put("editing", andra);
      actionForm(
          m,
          context(o.op(), o.code(), o.parentCode()),
          o.op(),
          actions.values(o),
          "/andringar/" + id,
          "/andringar/" + id + "/operationer/" + andra,
          Language.of(request));
    } else {
      actionForm(
          m,
          kod == null ? firstCode(ops) : kod,
          op,
          Map.of(),
          "/andringar/" + id,
          "/andringar/" + id + "/operationer",
          Language.of(request));
    }
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
    return saveOperation(request, auth, id, form, null);
  }

  @Post(
      value = "/{id}/operationer/{n}",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  @Secured(Permission.EDITOR_ROLE)
  HttpResponse<?> replaceOperation(
      HttpRequest<?> request,
      Authentication auth,
      @PathVariable long id,
      @PathVariable int n,
      @Body OperationForm form) {
    return saveOperation(request, auth, id, form, n);
  }

  @Post(
      value = "/{id}/operationer/{n}/ta-bort",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  @Secured(Permission.EDITOR_ROLE)
  HttpResponse<?> removeOperation(
      HttpRequest<?> request,
      Authentication auth,
      @PathVariable long id,
      @PathVariable int n,
      @Body Map<String, String> form) {
    Csrf.verify(request, form.get(Csrf.FIELD));
    ChangeView c = changes.get(id);
    List<Operation> ops = new ArrayList<>(c.operations() == null ? List.of() : c.operations());
    // "n" or "n-m": a replacement's two operations go together, as the table shows them.
    int count = Math.max(1, Math.min(2, form.get("antal") == null ? 1 : parse(form.get("antal"))));
    checkIndex(n, ops.size());
    for (int i = 0; i < count && n - 1 < ops.size(); i++) {
      ops.remove(n - 1);
    }
    if (ops.isEmpty()) {
      throw new InvalidInputException("web.change.lastOperation").at("op");
    }
    changes.update(Viewer.of(auth).actor(), id, c.title(), c.motivation(), ops);
    return see(id, "borttagen");
  }

  private static int parse(String number) {
    try {
      return Integer.parseInt(number.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }

  private static void checkIndex(int n, int size) {
    if (n < 1 || n > size) {
      throw new NotFoundException("web.change.noSuchOperation", String.valueOf(n));
    }
  }

  /**
   * Adds the form's action to the draft, or puts it in the place of action {@code replacing}; a
   * refused action comes back in its form with each reason at its field, and the draft unchanged.
   */
  private HttpResponse<?> saveOperation(
      HttpRequest<?> request,
      Authentication auth,
      long id,
      OperationForm form,
      @Nullable Integer replacing) {
    Csrf.verify(request, form.csrf());
    ChangeView c = changes.get(id);
    List<Operation> ops = new ArrayList<>(c.operations() == null ? List.of() : c.operations());
    if (replacing != null) {
      checkIndex(replacing, ops.size());
    }
    int at = replacing == null ? ops.size() : replacing - 1;
    int added = 0;
    try {
      List<Operation> fresh = actions.operations(form);
      added = fresh.size();
      if (replacing != null) {
        ops.remove(at);
      }
      ops.addAll(at, fresh);
      changes.update(Viewer.of(auth).actor(), id, c.title(), c.motivation(), ops);
      return see(id, replacing == null ? "atgard" : "andrad");
    } catch (EditsRejectedException | InvalidInputException | NotFoundException e) {
      // The draft page again, with the refused action's values and each reason at its field.
      Map<String, Object> m = changeModel(request, auth, c);
      m.put("unsaved", true);
      if (replacing != null) {
        m.put("editing", replacing);
      }
      actionForm(
          m,
          context(form.op(), form.code(), form.parentCode()),
          form.op(),
          form.values(),
          "/andringar/" + id,
          "/andringar/" + id + "/operationer" + (replacing == null ? "" : "/" + replacing),
          Language.of(request));
      int first = at;
      int last = at + Math.max(1, added);
      HttpStatus status = refused(m, e, form, i -> i >= first && i < last, Language.of(request));
      return pages.invalid("change", m, request, status);
    }
  }

  /** The change page's model: the change, its diff in words, and what this user may do. */
  private Map<String, Object> changeModel(
      HttpRequest<?> request, Authentication auth, ChangeView c) {
    Viewer v = Viewer.of(auth);
    Map<String, Object> m = Pages.model(request, auth);
    m.put("c", c);
    m.put("commentTimes", commentTimes(c));
    // People by their names, not their user names.
    List<String> people = new ArrayList<>();
    people.add(c.author());
    people.add(c.reviewer());
    if (c.comments() != null) {
      c.comments().forEach(k -> people.add(k.author()));
    }
    m.put("names", users.displayNames(people));
    Map<String, Object> diff = changes.diff(c.id());
    m.put("diff", diff);
    m.put("diffRows", DiffTable.rows(diff, Language.of(request), text));
    m.put("failures", failures(diff, Language.of(request)));
    // The before/after drawing in the page, so that its boxes are links like the other drawings.
    m.put(
        "diffSvg",
        BrowsePages.inlineSvg(
            drawings.render(
                drawings.subject(c), DiagramService.Format.SVG, Optional.empty(), () -> diff),
            "andring"));
    Actor me = v.actor();
    m.put("canEdit", ChangeService.mayEdit(me, c.author(), c.state()));
    m.put("canWithdraw", ChangeService.mayWithdraw(me, c.author(), c.state()));
    m.put("canReview", ChangeService.mayReview(me, c.author(), c.state()));
    return m;
  }

  /** An action of the draft that cannot be carried out on today's model, and why, in words. */
  record FailureRow(int number, String op, String reason) {}

  @SuppressWarnings("unchecked")
  private List<FailureRow> failures(Map<String, Object> diff, Locale locale) {
    List<FailureRow> out = new ArrayList<>();
    for (Object o : (List<Object>) diff.getOrDefault("failures", List.of())) {
      Map<String, Object> f = (Map<String, Object>) o;
      String op = String.valueOf(f.get("op"));
      out.add(
          new FailureRow(
              ((Number) f.get("index")).intValue() + 1,
              optional(locale, "web.op." + op).orElse(op),
              Messages.format(
                  locale,
                  String.valueOf(f.get("key")),
                  (List<String>) f.getOrDefault("arguments", List.of()))));
    }
    return out;
  }

  /** An action's name for an element: "Lägg till aktivitet" says what is added. */
  private String actionName(String op, ElementDetail e, Locale locale) {
    return op.equals("createElement")
        ? text.text(locale, "web.op.createElement." + Math.min(5, e.level() + 1))
        : text.text(locale, "web.op." + op);
  }

  /** One field of an action's form: its name, how it is entered, its label and its help. */
  record FormField(String name, String type, String label, @Nullable String help) {}

  private static final Map<String, String> TYPES =
      Map.of(
          "description", "textarea",
          "purpose", "textarea",
          "from", "date",
          "to", "date",
          "role", "role",
          "personId", "person",
          "newParentCode", "process");

  /** The action's fields, labelled for it ({@code web.label.OP.FIELD}, else the field's label). */
  private List<FormField> fields(String op, Locale locale) {
    return OperationForm.FIELDS_OF.get(op).stream()
        .map(
            f ->
                new FormField(
                    f,
                    TYPES.getOrDefault(f, "text"),
                    optional(locale, "web.label." + op + "." + f)
                        .orElseGet(() -> text.text(locale, "web.field." + f)),
                    optional(locale, "web.help." + op + "." + f)
                        .or(() -> optional(locale, "web.help." + f))
                        .orElse(null)))
        .toList();
  }

  private Optional<String> optional(Locale locale, String key) {
    String t = text.text(locale, key);
    return t.equals(key) ? Optional.empty() : Optional.of(t);
  }

  /** The element an action is about: a new element's parent, otherwise the element itself. */
  private static @Nullable String context(
      @Nullable String op, @Nullable String code, @Nullable String parentCode) {
    return "createElement".equals(op) ? parentCode : code;
  }

  private static String firstCode(List<Operation> ops) {
    return ops.stream().map(Operation::code).filter(x -> x != null).findFirst().orElse(null);
  }

  /**
   * The action form: without an action, the element's actions to choose from (and a picker for
   * another element); with one, only that action's fields, with its help, the current values to
   * start from (or {@code typed}, shown again) and, for a replacement, who holds the role now.
   * {@code choose} is where choosing goes (GET), {@code post} where the filled-in form goes.
   */
  private void actionForm(
      Map<String, Object> m,
      @Nullable String kod,
      @Nullable String op,
      Map<String, String> typed,
      String choose,
      String post,
      Locale locale) {
    Optional<ElementDetail> element = actions.element(kod);
    String code = element.map(ElementDetail::code).orElse(kod == null ? "" : kod.strip());
    m.put("code", code);
    m.put("element", element.orElse(null));
    // An aktivitet, the fifth level, has nothing below it.
    m.put(
        "ops",
        OperationForm.OPS.stream()
            .filter(
                o -> !(o.equals("createElement") && element.map(e -> e.level() >= 5).orElse(false)))
            .toList());
    m.put("chooseTarget", choose);
    m.put("postTarget", post);
    String chosen = op != null && OperationForm.OPS.contains(op) ? op : null;
    // A new element needs a parent; an action on an element needs the element.
    if (chosen != null && element.isEmpty()) {
      chosen = null;
    }
    m.put("op", chosen);
    m.put("opFields", chosen == null ? List.of() : fields(chosen, locale));
    Map<String, String> values = new java.util.LinkedHashMap<>();
    if (chosen != null) {
      values.putAll(actions.prefill(chosen, element.get()));
    }
    values.putAll(typed);
    m.put("opValues", values);
    m.putIfAbsent("opErrors", Map.of());
    m.putIfAbsent("opOtherErrors", List.of());
    if (element.isPresent()) {
      m.put("childLevel", Math.min(5, element.get().level() + 1));
    }
    if ("replaceLead".equals(chosen) || "replaceOwner".equals(chosen)) {
      RoleKind kind = "replaceLead".equals(chosen) ? RoleKind.LEAD : RoleKind.OWNER;
      m.put(
          "holder",
          actions
              .holder(Code.parse(code), kind, SwedishTime.today(clock))
              .map(h -> h.person().name())
              .orElse(null));
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

  /**
   * Puts a refused operation back in the form: the values typed, each reason next to the field it
   * concerns ({@code aria-describedby}), and reasons about other operations of the draft above the
   * form. {@code index} is the refused operation's place in the draft. Returns the status: 422 for
   * what the model refuses, 409 for a conflict, 400 for a value that cannot be read.
   */
  private HttpStatus refused(
      Map<String, Object> m,
      ProcesskartaException e,
      OperationForm form,
      java.util.function.IntPredicate ours,
      java.util.Locale locale) {
    Map<String, String> errors = new java.util.LinkedHashMap<>();
    List<String> other = new ArrayList<>();
    if (e instanceof EditsRejectedException rejected) {
      for (EditsRejectedException.Failure f : rejected.failures()) {
        String text = Messages.format(locale, f.messageKey(), f.arguments());
        Optional<String> field = f.field().filter(OperationForm.FIELDS::contains);
        if (ours.test(f.index()) && field.isPresent()) {
          errors.merge(field.get(), text, (a, b) -> a + " " + b);
        } else if (ours.test(f.index())) {
          other.add(text);
        } else {
          other.add(
              Messages.format(
                  locale,
                  "web.change.failure",
                  List.of(
                      "" + (f.index() + 1),
                      optional(locale, "web.op." + f.op()).orElse(f.op()),
                      text)));
        }
      }
    } else {
      String text = Messages.format(locale, e.messageKey(), e.arguments());
      e.field()
          .filter(OperationForm.FIELDS::contains)
          .ifPresentOrElse(f -> errors.put(f, text), () -> other.add(text));
    }
    // A reason about a field the form does not show (the element, the action) is said above it.
    @SuppressWarnings("unchecked")
    List<FormField> shown = (List<FormField>) m.getOrDefault("opFields", List.of());
    errors
        .entrySet()
        .removeIf(
            x -> {
              boolean hidden = shown.stream().noneMatch(f -> f.name().equals(x.getKey()));
              if (hidden) {
                other.add(x.getValue());
              }
              return hidden;
            });
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
      List.of(
          "utkast",
          "atgard",
          "andrad",
          "borttagen",
          "skickad",
          "tillbaka",
          "godkand",
          "avvisad",
          "kommentar");

  private static HttpResponse<?> see(long id, String done) {
    return HttpResponse.seeOther(URI.create("/andringar/" + id + "?klart=" + done));
  }
}
