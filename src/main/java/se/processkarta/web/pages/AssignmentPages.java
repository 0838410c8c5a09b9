package se.processkarta.web.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.processkarta.assignments.Assignment;
import se.processkarta.assignments.AssignmentDiagrams;
import se.processkarta.assignments.AssignmentFilter;
import se.processkarta.assignments.AssignmentKind;
import se.processkarta.assignments.AssignmentRules;
import se.processkarta.assignments.AssignmentService;
import se.processkarta.assignments.AssignmentService.PersonInfo;
import se.processkarta.assignments.AssignmentState;
import se.processkarta.assignments.Brief;
import se.processkarta.assignments.FollowUpKind;
import se.processkarta.assignments.FormAssessment;
import se.processkarta.assignments.FormSuggestion;
import se.processkarta.assignments.Investment;
import se.processkarta.assignments.Milestone;
import se.processkarta.assignments.OrganisationForm;
import se.processkarta.assignments.Participant;
import se.processkarta.assignments.Session;
import se.processkarta.changes.Actor;
import se.processkarta.diagrams.DiagramService;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Messages;
import se.processkarta.model.ProcesskartaException;
import se.processkarta.model.RuleViolationException;
import se.processkarta.model.SwedishTime;
import se.processkarta.web.http.Language;

/**
 * The assignments' pages: the public intranet page of decided assignments ({@code /uppdrag}), an
 * assignment's page with its brief, approvals, timeline and follow-ups, the five-step form that
 * sets one up, and a manager's queue of briefs to approve. Every write goes through {@link
 * AssignmentService}, which checks who may do it; the pages only leave out controls a user may not
 * use, and every form carries the CSRF token.
 */
@Hidden
@Controller("/uppdrag")
@ExecuteOn(TaskExecutors.BLOCKING)
class AssignmentPages {

  /** Empty rows the form offers for participants, milestones and group sessions. */
  static final int PARTICIPANT_ROWS = 6;

  static final int MILESTONE_ROWS = 4;
  static final int SESSION_ROWS = 4;

  /** The form's fields, in the order of the five steps (the API's names). */
  static final List<String> FIELDS =
      List.of(
          "title",
          "background",
          "kind",
          "form",
          "stakeholders",
          "external",
          "predictable",
          "investment",
          "formReason",
          "purpose",
          "goals",
          "expectedResult",
          "schedule",
          "start",
          "end",
          "budget",
          "processCode",
          "responsibleId",
          "managerId",
          "participants",
          "milestones",
          "sessions",
          "reporting",
          "diaryNumber");

  private final AssignmentService assignments;
  private final AssignmentDiagrams diagrams;
  private final DiagramService drawings;
  private final PageRenderer pages;
  private final Pickers pickers;
  private final java.time.Clock clock;

  AssignmentPages(
      AssignmentService assignments,
      AssignmentDiagrams diagrams,
      DiagramService drawings,
      PageRenderer pages,
      Pickers pickers,
      java.time.Clock clock) {
    this.pickers = pickers;
    this.clock = clock;
    this.assignments = assignments;
    this.diagrams = diagrams;
    this.drawings = drawings;
    this.pages = pages;
  }

  // The templates read maps: Thymeleaf's OGNL reaches only public types, and a controller is not
  // public (ArchitectureTest). Keys: a person {id, name, unit, group, percent}; an approval
  // {manager, forPeople, at, comment}; an assignment's card {a, responsible, manager,
  // participants, approvals, pending}; a brief section {field, text}; an error {field, message}.

  /** A map that, unlike {@link Map#of}, holds nulls (an empty unit, a missing comment). */
  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new java.util.HashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }

  static Map<String, Object> person(PersonInfo i, @Nullable String group, int percent) {
    return map(
        "id", i.id(), "name", i.name(), "unit", i.unit(), "group", group, "percent", percent);
  }

  static Map<String, Object> section(String field, @Nullable String text) {
    return map("field", field, "text", text);
  }

  static Map<String, Object> error(String field, String message) {
    return map("field", field, "message", message);
  }

  // ---------------------------------------------------------------- public list

  /**
   * The decided assignments; {@code ?enhet=} (a unit, with the units below it) and {@code ?person=}
   * narrow them to those that unit's people or that person take part in, both picked by name.
   */
  @Get(produces = MediaType.TEXT_HTML)
  HttpResponse<String> list(
      HttpRequest<?> request,
      @Nullable Authentication auth,
      @QueryValue @Nullable String enhet,
      @QueryValue @Nullable String person) {
    Map<String, Object> m = Pages.model(request, auth);
    Map<String, String> values = new LinkedHashMap<>();
    values.put("enhet", enhet == null ? "" : enhet);
    values.put("person", person == null ? "" : person);
    m.put("values", values);
    Pickers.Units units = pickers.units();
    m.put("units", units.choices());
    String unitId = null;
    String personId = null;
    Map<String, String> errors = new LinkedHashMap<>();
    try {
      unitId = blank(enhet) ? null : units.id(enhet, "enhet");
    } catch (InvalidInputException e) {
      errors.put("enhet", Messages.of(Language.of(request), e));
    }
    try {
      personId = blank(person) ? null : pickers.personId(person, "person");
    } catch (InvalidInputException e) {
      errors.put("person", Messages.of(Language.of(request), e));
    }
    m.put("errors", errors);
    m.put("filtered", unitId != null || personId != null);
    List<Assignment> decided = assignments.list(filter(AssignmentState.DECIDED, unitId, personId));
    List<Assignment> closed = assignments.list(filter(AssignmentState.CLOSED, unitId, personId));
    List<Assignment> mine = List.of();
    Viewer v = Viewer.of(auth);
    if (v.signedIn()) {
      mine =
          assignments
              .list(new AssignmentFilter(null, null, null, v.name(), null, null, null, null))
              .stream()
              .filter(
                  a -> a.state() != AssignmentState.DECIDED && a.state() != AssignmentState.CLOSED)
              .toList();
    }
    List<Assignment> all = new ArrayList<>(decided);
    all.addAll(closed);
    Map<String, PersonInfo> people = assignments.people(ids(all));
    // A decided assignment that has not started yet is coming, not going on (Sweden's today).
    java.time.LocalDate today = SwedishTime.today(clock);
    m.put(
        "decided",
        decided.stream()
            .filter(a -> !a.brief().start().isAfter(today))
            .map(a -> card(a, people))
            .toList());
    m.put(
        "upcoming",
        decided.stream()
            .filter(a -> a.brief().start().isAfter(today))
            .sorted(java.util.Comparator.comparing(a -> a.brief().start()))
            .map(a -> card(a, people))
            .toList());
    m.put("closed", closed.stream().map(a -> card(a, people)).toList());
    m.put("mine", mine);
    // The year's portfolio in the page: each bar leads to its assignment.
    String year = String.valueOf(today.getYear());
    m.put(
        "portfolioSvg",
        BrowsePages.inlineSvg(
            drawings.render(
                diagrams.yearKey("portfolio", year),
                DiagramService.Format.SVG,
                Optional.empty(),
                () -> diagrams.portfolio(year)),
            "portfolio"));
    m.put("year", SwedishTime.today(clock).getYear());
    return errors.isEmpty()
        ? pages.page("uppdrag", m, request)
        : pages.invalid("uppdrag", m, request, HttpStatus.BAD_REQUEST);
  }

  private static AssignmentFilter filter(
      AssignmentState state, @Nullable String unit, @Nullable String person) {
    return new AssignmentFilter(null, null, unit, person, null, state.name(), null, null);
  }

  // ---------------------------------------------------------------- one assignment

  /** What was just done, confirmed on the page the browser is sent to (and focused there). */
  static final List<String> DONE = List.of("skickat", "godkant", "uppfoljning", "tillbakadraget");

  @Get(value = "/{id}", produces = MediaType.TEXT_HTML)
  HttpResponse<String> assignment(
      HttpRequest<?> request,
      @Nullable Authentication auth,
      @PathVariable long id,
      @QueryValue @Nullable String klart) {
    Map<String, Object> m = assignmentModel(request, auth, assignments.get(id, null));
    if (klart != null && DONE.contains(klart)) {
      m.put("confirmation", "assignments.page.done." + klart);
    }
    return pages.page("uppdrag-sida", m, request);
  }

  /** The assignment page's model: the brief, its timeline, and what this user may do with it. */
  private Map<String, Object> assignmentModel(
      HttpRequest<?> request, @Nullable Authentication auth, Assignment a) {
    Viewer v = Viewer.of(auth);
    Map<String, Object> m = Pages.model(request, auth);
    Map<String, Object> c = card(a, assignments.people(ids(List.of(a))));
    m.put("c", c);
    m.put("b", a.brief());
    Brief b = a.brief();
    m.put(
        "sections",
        List.of(
            section("background", b.background()),
            section("purpose", b.purpose()),
            section("goals", b.goals()),
            section("expectedResult", b.expectedResult()),
            section("schedule", b.schedule()),
            section("budget", b.budget()),
            section("reporting", b.reporting())));
    DiagramService.Diagram timeline =
        drawings.render(
            diagrams.key("timeline", a),
            DiagramService.Format.SVG,
            Optional.empty(),
            () -> diagrams.timeline(a));
    m.put("timelineSvg", BrowsePages.inlineSvg(timeline));
    boolean mayEdit =
        v.signedIn()
            && AssignmentService.mayEdit(
                v.actor(), a.brief().managerId(), a.brief().responsibleId());
    m.put("canSubmit", mayEdit && a.state() == AssignmentState.DRAFT);
    m.put(
        "canWithdraw",
        mayEdit && (a.state() == AssignmentState.DRAFT || a.state() == AssignmentState.SUBMITTED));
    m.put("canFollowUp", mayEdit && a.state() == AssignmentState.DECIDED);
    m.put("canApprove", v.signedIn() && a.pendingApprovals().contains(v.name()));
    m.put("followUpKinds", List.of(FollowUpKind.values()));
    Map<String, String> values = new LinkedHashMap<>();
    values.put("kind", FollowUpKind.CHECK_IN.name());
    values.put("date", SwedishTime.today(clock).toString());
    values.put("text", "");
    m.put("values", values);
    m.put("errors", Map.of());
    return m;
  }

  @Post(
      value = "/{id}/skicka",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<?> submit(
      HttpRequest<?> request,
      Authentication auth,
      @PathVariable long id,
      @Nullable @Body Map<String, String> form) {
    Csrf.verify(request, form == null ? null : form.get(Csrf.FIELD));
    assignments.submit(actor(auth), id);
    return done(id, "skickat");
  }

  @Post(
      value = "/{id}/dra-tillbaka",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<?> withdraw(
      HttpRequest<?> request,
      Authentication auth,
      @PathVariable long id,
      @Nullable @Body Map<String, String> form) {
    Csrf.verify(request, form == null ? null : form.get(Csrf.FIELD));
    assignments.withdraw(actor(auth), id);
    return done(id, "tillbakadraget");
  }

  /**
   * A follow-up (a check-in, input to a report, or the final report that closes the assignment); a
   * refused one shows the page again with what was typed and the reason at its field.
   */
  @Post(
      value = "/{id}/uppfoljning",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<?> followUp(
      HttpRequest<?> request,
      Authentication auth,
      @PathVariable long id,
      @Nullable @Body Map<String, String> form) {
    Csrf.verify(request, form == null ? null : form.get(Csrf.FIELD));
    Map<String, String> values = new LinkedHashMap<>();
    for (String f : List.of("kind", "date", "text")) {
      values.put(f, form.getOrDefault(f, ""));
    }
    try {
      assignments.followUp(
          actor(auth),
          id,
          choice(FollowUpKind.class, values.get("kind"), "kind"),
          date(values.get("date"), "date"),
          values.get("text"));
      return done(id, "uppfoljning");
    } catch (InvalidInputException | RuleViolationException e) {
      Map<String, Object> m = assignmentModel(request, auth, assignments.get(id, null));
      String field = e.field().orElse("text");
      m.put("values", values);
      m.put(
          "errors",
          Map.of(
              List.of("kind", "date", "text").contains(field) ? field : "text",
              Messages.of(Language.of(request), e)));
      m.put("followUpFailed", true);
      return pages.invalid(
          "uppdrag-sida",
          m,
          request,
          e instanceof RuleViolationException
              ? HttpStatus.UNPROCESSABLE_ENTITY
              : HttpStatus.BAD_REQUEST);
    }
  }

  private static HttpResponse<?> done(long id, String what) {
    return HttpResponse.seeOther(URI.create("/uppdrag/" + id + "?klart=" + what));
  }

  @Post(
      value = "/{id}/godkann",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<?> approve(
      HttpRequest<?> request,
      Authentication auth,
      @PathVariable long id,
      @Nullable @Body Map<String, String> form) {
    Csrf.verify(request, form == null ? null : form.get(Csrf.FIELD));
    assignments.approve(actor(auth), id, blankToNull(form.get("comment")));
    return HttpResponse.seeOther(URI.create("/uppdrag/att-godkanna?klart=godkant"));
  }

  // ---------------------------------------------------------------- the manager's queue

  @Get(value = "/att-godkanna", produces = MediaType.TEXT_HTML)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<String> queue(
      HttpRequest<?> request, Authentication auth, @QueryValue @Nullable String klart) {
    Viewer v = Viewer.of(auth);
    List<Assignment> mine = assignments.awaitingApprovalBy(v.name());
    Map<String, PersonInfo> people = assignments.people(ids(mine));
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Assignment a : mine) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("card", card(a, people));
      row.put(
          "forPeople",
          AssignmentRules.approvers(a.brief()).getOrDefault(v.name(), List.of()).stream()
              .map(id -> people.getOrDefault(id, new PersonInfo(id, id, null)).name())
              .toList());
      rows.add(row);
    }
    Map<String, Object> m = Pages.model(request, auth);
    m.put("queue", rows);
    if ("godkant".equals(klart)) {
      m.put("confirmation", "assignments.page.done.godkant");
    }
    return pages.page("uppdrag-godkanna", m, request);
  }

  // ---------------------------------------------------------------- the five-step form

  @Get(value = "/ny", produces = MediaType.TEXT_HTML)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<String> newForm(HttpRequest<?> request, Authentication auth) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("stakeholders", "");
    values.put("investment", "");
    return form(request, auth, values, List.of(), null, false);
  }

  @Post(
      value = "/ny",
      consumes = MediaType.APPLICATION_FORM_URLENCODED,
      produces = MediaType.TEXT_HTML)
  @Secured(SecurityRule.IS_AUTHENTICATED)
  HttpResponse<?> create(
      HttpRequest<?> request, Authentication auth, @Nullable @Body Map<String, String> form) {
    Csrf.verify(request, form == null ? null : form.get(Csrf.FIELD));
    Locale locale = Language.of(request);
    Map<String, String> values = new LinkedHashMap<>(form);
    values.remove(Csrf.FIELD);
    FormSuggestion suggestion = null;
    try {
      AssignmentKind kind = choice(AssignmentKind.class, values.get("kind"), "kind");
      FormAssessment answers = assessment(values);
      if (kind != null && answers != null) {
        suggestion = assignments.suggest(kind, answers, locale);
      }
      if ("suggest".equals(values.get("action"))) {
        if (kind == null) {
          throw InvalidInputException.required("kind");
        }
        if (answers == null) {
          throw InvalidInputException.required("stakeholders");
        }
        if (blank(values.get("form"))) {
          values.put("form", suggestion.form().name());
        }
        return form(request, auth, values, List.of(), suggestion, false);
      }
      Brief brief = brief(values, kind, answers);
      boolean submitNow = "on".equals(values.get("submitNow"));
      if (submitNow) {
        // Checked before anything is stored: the form never leaves a half-made assignment.
        AssignmentRules.requireReadyToSubmit(brief);
      }
      Assignment a = assignments.create(actor(auth), brief);
      if (submitNow) {
        assignments.submit(actor(auth), a.id());
      }
      return HttpResponse.seeOther(URI.create("/uppdrag/" + a.id()));
    } catch (InvalidInputException | RuleViolationException e) {
      // The form again with what the user typed and the reason at its field: 422 for a broken
      // rule, 400 for a bad value (kept by the error path as a form page).
      MutableHttpResponse<String> again =
          form(
              request,
              auth,
              values,
              List.of(error(field(e), Messages.of(locale, e))),
              suggestion,
              true);
      return again.status(
          e instanceof RuleViolationException
              ? HttpStatus.UNPROCESSABLE_ENTITY
              : HttpStatus.BAD_REQUEST);
    }
  }

  private MutableHttpResponse<String> form(
      HttpRequest<?> request,
      Authentication auth,
      Map<String, String> values,
      List<Map<String, Object>> errors,
      @Nullable FormSuggestion suggestion,
      boolean failed) {
    Map<String, Object> m = Pages.model(request, auth);
    for (String f : FIELDS) {
      values.putIfAbsent(f, "");
    }
    Map<String, String> byField = new LinkedHashMap<>();
    errors.forEach(e -> byField.putIfAbsent((String) e.get("field"), (String) e.get("message")));
    m.put("values", values);
    m.put("errors", byField);
    m.put("errorList", errors);
    m.put("failed", failed);
    m.put("suggestion", suggestion);
    m.put("kinds", List.of(AssignmentKind.values()));
    m.put("forms", List.of(OrganisationForm.values()));
    m.put("investments", List.of(Investment.values()));
    m.put("participantRows", rows(PARTICIPANT_ROWS));
    m.put("milestoneRows", rows(MILESTONE_ROWS));
    m.put("sessionRows", rows(SESSION_ROWS));
    return failed
        ? pages.invalid("uppdrag-ny", m, request, HttpStatus.BAD_REQUEST)
        : pages.page("uppdrag-ny", m, request);
  }

  private static List<Integer> rows(int n) {
    List<Integer> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(i);
    }
    return out;
  }

  /** The brief from the form; blank rows of participants, milestones and sessions are left out. */
  /**
   * The brief the form describes, people picked by name and the process by code or name (resolved
   * by {@link Pickers}; a name nobody has is refused at its field).
   */
  private Brief brief(Map<String, String> v, AssignmentKind kind, FormAssessment answers) {
    List<Participant> participants = new ArrayList<>();
    for (int i = 0; i < PARTICIPANT_ROWS; i++) {
      String p = "p" + i + ".";
      if (blank(v.get(p + "personId"))
          && blank(v.get(p + "managerId"))
          && blank(v.get(p + "percent"))) {
        continue;
      }
      participants.add(
          new Participant(
              person(v.get(p + "personId"), "participants"),
              person(v.get(p + "managerId"), "participants"),
              blankToNull(v.get(p + "group")),
              number(v.get(p + "percent"), "participants.percent"),
              null,
              null));
    }
    List<Milestone> milestones = new ArrayList<>();
    for (int i = 0; i < MILESTONE_ROWS; i++) {
      String p = "m" + i + ".";
      if (blank(v.get(p + "date")) && blank(v.get(p + "title"))) {
        continue;
      }
      milestones.add(new Milestone(date(v.get(p + "date"), "milestones.date"), v.get(p + "title")));
    }
    List<Session> sessions = new ArrayList<>();
    for (int i = 0; i < SESSION_ROWS; i++) {
      String p = "s" + i + ".";
      if (blank(v.get(p + "group")) && blank(v.get(p + "date")) && blank(v.get(p + "title"))) {
        continue;
      }
      sessions.add(
          new Session(
              v.get(p + "group"), date(v.get(p + "date"), "sessions.date"), v.get(p + "title")));
    }
    return new Brief(
        v.get("title"),
        kind,
        choice(OrganisationForm.class, v.get("form"), "form"),
        blankToNull(v.get("background")),
        blankToNull(v.get("purpose")),
        blankToNull(v.get("goals")),
        blankToNull(v.get("expectedResult")),
        blankToNull(v.get("schedule")),
        participants,
        blankToNull(v.get("budget")),
        blankToNull(v.get("reporting")),
        blank(v.get("processCode"))
            ? null
            : pickers.code(v.get("processCode"), "processCode").toString(),
        blankToNull(v.get("diaryNumber")),
        date(v.get("start"), "start"),
        date(v.get("end"), "end"),
        person(v.get("responsibleId"), "responsibleId"),
        person(v.get("managerId"), "managerId"),
        blankToNull(v.get("formReason")),
        answers,
        milestones,
        sessions);
  }

  /** A person as typed in a picker, as an id; blank stays blank (the brief says it is missing). */
  private @Nullable String person(@Nullable String text, String field) {
    return blank(text) ? text : pickers.personId(text, field);
  }

  /** The suggestion's answers, or null when the number of stakeholders is not given. */
  static FormAssessment assessment(Map<String, String> v) {
    if (blank(v.get("stakeholders"))) {
      return null;
    }
    int n = number(v.get("stakeholders"), "stakeholders");
    Investment investment = choice(Investment.class, v.get("investment"), "investment");
    return new FormAssessment(
        n, "on".equals(v.get("external")), "on".equals(v.get("predictable")), investment);
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String value, String field) {
    if (blank(value)) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value.strip())) {
        return e;
      }
    }
    throw new InvalidInputException("assignments.input.choice", field).at(field);
  }

  private static int number(String value, String field) {
    if (blank(value)) {
      throw InvalidInputException.required(field);
    }
    try {
      return Integer.parseInt(value.strip());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("assignments.input.number", field).at(field);
    }
  }

  private static LocalDate date(String value, String field) {
    if (blank(value)) {
      return null;
    }
    try {
      return SwedishTime.parseDate(value);
    } catch (InvalidInputException e) {
      throw new InvalidInputException("assignments.input.date", field).at(field);
    }
  }

  /**
   * The form field a refusal is about, so that the page can show it there: the field the reason
   * names, or the list it is part of ({@code participants} for {@code participants.percent}).
   */
  static String field(ProcesskartaException e) {
    String f = e.field().orElse("");
    f = f.contains(".") ? f.substring(0, f.indexOf('.')) : f;
    return FIELDS.contains(f) ? f : "";
  }

  // ---------------------------------------------------------------- helpers

  private static Actor actor(Authentication auth) {
    return Viewer.of(auth).actor();
  }

  private static Set<String> ids(List<Assignment> list) {
    Set<String> ids = new LinkedHashSet<>();
    for (Assignment a : list) {
      Brief b = a.brief();
      ids.add(b.responsibleId());
      ids.add(b.managerId());
      b.participants().forEach(p -> ids.add(p.personId()));
      b.participants().forEach(p -> ids.add(p.managerId()));
    }
    return ids;
  }

  private static Map<String, Object> card(Assignment a, Map<String, PersonInfo> people) {
    Brief b = a.brief();
    List<Map<String, Object>> participants =
        b.participants().stream()
            .map(p -> person(info(people, p.personId()), p.group(), p.percent()))
            .toList();
    List<Map<String, Object>> approvals =
        a.approvals().stream()
            .sorted(Comparator.comparing(ap -> ap.at()))
            .map(
                ap ->
                    map(
                        "manager",
                        info(people, ap.managerId()).name(),
                        "forPeople",
                        String.join(
                            ", ",
                            ap.forPeople().stream().map(id -> info(people, id).name()).toList()),
                        "at",
                        SwedishTime.dayOf(ap.at()).toString(),
                        "comment",
                        ap.comment()))
            .toList();
    List<Map<String, Object>> pending =
        a.pendingApprovals().stream().map(id -> person(info(people, id), null, 0)).toList();
    return map(
        "a",
        a,
        "responsible",
        person(info(people, b.responsibleId()), null, 0),
        "manager",
        person(info(people, b.managerId()), null, 0),
        "participants",
        participants,
        "approvals",
        approvals,
        "pending",
        pending);
  }

  private static PersonInfo info(Map<String, PersonInfo> people, String id) {
    PersonInfo i = people.get(id);
    return i != null ? i : new PersonInfo(id, id, null);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String blankToNull(String s) {
    return blank(s) ? null : s;
  }
}
