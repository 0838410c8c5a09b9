package se.processkarta.assignments;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import se.processkarta.changes.Actor;
import se.processkarta.changes.AuditEvent;
import se.processkarta.changes.AuditLog;
import se.processkarta.model.Code;
import se.processkarta.model.ForbiddenException;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Level;
import se.processkarta.model.Messages;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.ProcesskartaException;
import se.processkarta.model.RuleViolationException;
import se.processkarta.model.SwedishTime;
import se.processkarta.roles.AssignmentLoad;

/**
 * The assignment workflow: every write checks the rules in {@link AssignmentRules}, validates the
 * people and the process against the graph, stores a new revision and writes an audit line, all in
 * one JDBC transaction.
 */
@Singleton
public class AssignmentService {

  /** The most assignments one list answers with. */
  public static final int MAX_LIST = 5000;

  /** Who acts: the user name (also their person id in the graph) and whether they may edit all. */
  private final AssignmentRepository rows;

  private final AssignmentRevisionRepository revisions;
  private final References references;
  private final AuditLog audit;
  private final ObjectMapper json;
  private final Clock clock;

  AssignmentService(
      AssignmentRepository rows,
      AssignmentRevisionRepository revisions,
      References references,
      AuditLog audit,
      ObjectMapper json,
      Clock clock) {
    this.rows = rows;
    this.revisions = revisions;
    this.references = references;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  /** The form the answers suggest for the kind, and why, in the user's language. */
  public FormSuggestion suggest(AssignmentKind kind, FormAssessment answers, Locale locale) {
    if (kind == null) {
      throw InvalidInputException.required("kind");
    }
    if (answers == null) {
      throw InvalidInputException.required("investment");
    }
    AssignmentRules.Suggestion s = AssignmentRules.suggest(kind, answers);
    StringBuilder why = new StringBuilder();
    for (AssignmentRules.Reason r : s.reasons()) {
      if (!why.isEmpty()) {
        why.append(' ');
      }
      why.append(Messages.format(locale, r.key(), r.arguments()));
    }
    return new FormSuggestion(
        kind, s.form(), AssignmentRules.allowedForms(kind), s.complexity().name(), why.toString());
  }

  /** A new DRAFT; only a model editor or the manager the brief names may create it. */
  @Transactional
  public Assignment create(Actor actor, Brief brief) {
    if (brief == null) {
      throw InvalidInputException.required("title");
    }
    Brief checked = checked(brief);
    if (!actor.mayDraft() && !actor.is(checked.managerId())) {
      throw new ForbiddenException("assignments.create.forbidden", actor.username());
    }
    Instant now = clock.instant();
    Document doc = new Document(AssignmentState.DRAFT, checked, List.of(), List.of());
    AssignmentRow row =
        rows.save(
            new AssignmentRow(
                null,
                checked.title(),
                checked.kind().name(),
                checked.form().name(),
                AssignmentState.DRAFT.name(),
                checked.responsibleId(),
                checked.managerId(),
                checked.processCode(),
                checked.start(),
                checked.end(),
                1,
                actor.username(),
                now,
                now,
                write(doc)));
    record(row, doc, null, "CREATE", actor.username(), now);
    return view(row, doc, row.revision(), now);
  }

  /** The assignment now, or as it was at the end of {@code asOf} (YYYY-MM-DD). */
  @Transactional(readOnly = true)
  public Assignment get(long id, @Nullable String asOf) {
    AssignmentRow row = rows.findById(id).orElseThrow(() -> notFound(id));
    LocalDate day = SwedishTime.parseDate(asOf);
    if (day == null) {
      return view(row, read(row.document()), row.revision(), row.updatedAt());
    }
    Instant before = SwedishTime.startOf(day.plusDays(1));
    AssignmentRevision at = null;
    for (AssignmentRevision r : revisions.findByAssignmentIdOrderByRevisionAsc(id)) {
      if (r.recordedAt().isBefore(before)) {
        at = r;
      }
    }
    if (at == null) {
      throw new NotFoundException("assignments.notYet", String.valueOf(id), day.toString());
    }
    return view(row, read(at.document()), at.revision(), at.recordedAt());
  }

  /** Each revision, oldest first. */
  @Transactional(readOnly = true)
  public List<RevisionView> history(long id) {
    rows.findById(id).orElseThrow(() -> notFound(id));
    return revisions.findByAssignmentIdOrderByRevisionAsc(id).stream()
        .map(
            r ->
                new RevisionView(
                    r.revision(),
                    AssignmentState.valueOf(r.state()),
                    r.action(),
                    r.actor(),
                    r.recordedAt()))
        .toList();
  }

  /** The assignments that match every filter given, by start date. */
  @Transactional(readOnly = true)
  /**
   * The submitted assignments that wait for {@code username}'s approval, as the queue lists them.
   */
  public List<Assignment> awaitingApprovalBy(String username) {
    return list(AssignmentFilter.ofState(AssignmentState.SUBMITTED)).stream()
        .filter(a -> a.pendingApprovals().contains(username))
        .toList();
  }

  /** Who waits for whom: per manager, the submitted briefs awaiting their approval. */
  private record Waiting(long stamp, Map<String, Integer> byManager) {}

  private volatile Waiting waiting = new Waiting(-1, Map.of());

  /**
   * How many submitted briefs await {@code username}'s approval, for the menu of every page: read
   * once per change of any assignment ({@link #stamp}), not once per page.
   */
  public int awaitingApprovalCount(String username) {
    long now = stamp();
    Waiting w = waiting;
    if (w.stamp() != now) {
      Map<String, Integer> byManager = new java.util.HashMap<>();
      for (Assignment a : list(AssignmentFilter.ofState(AssignmentState.SUBMITTED))) {
        a.pendingApprovals().forEach(m -> byManager.merge(m, 1, Integer::sum));
      }
      w = new Waiting(now, Map.copyOf(byManager));
      waiting = w;
    }
    return w.byManager().getOrDefault(username, 0);
  }

  public List<Assignment> list(AssignmentFilter f) {
    AssignmentKind kind = parse(AssignmentKind.class, f.kind(), "kind");
    OrganisationForm form = parse(OrganisationForm.class, f.form(), "form");
    AssignmentState state = parse(AssignmentState.class, f.state(), "state");
    String process = blank(f.process()) ? null : Code.parse(f.process().strip()).toString();
    Integer year = year(f.year());
    String person = blank(f.person()) ? null : f.person().strip();
    Set<String> units = blank(f.unit()) ? null : references.unitAndBelow(f.unit().strip());
    LocalDate asOf = SwedishTime.parseDate(f.asOf());
    List<Assignment> all = new ArrayList<>();
    if (asOf == null) {
      for (AssignmentRow row :
          rows.search(
              state == null ? null : state.name(),
              kind == null ? null : kind.name(),
              form == null ? null : form.name(),
              process,
              MAX_LIST)) {
        all.add(view(row, read(row.document()), row.revision(), row.updatedAt()));
      }
    } else {
      Instant before = SwedishTime.startOf(asOf.plusDays(1));
      for (AssignmentRevision r : revisions.lastBefore(before, MAX_LIST)) {
        AssignmentRow row = rows.findById(r.assignmentId()).orElseThrow();
        all.add(view(row, read(r.document()), r.revision(), r.recordedAt()));
      }
    }
    return all.stream()
        .filter(a -> kind == null || a.kind() == kind)
        .filter(a -> form == null || a.form() == form)
        .filter(a -> state == null || a.state() == state)
        .filter(a -> process == null || process.equals(a.brief().processCode()))
        .filter(a -> year == null || overlapsYear(a.brief(), year))
        .filter(a -> person == null || involves(a.brief(), person))
        .filter(
            a ->
                units == null
                    || a.brief().participants().stream().anyMatch(p -> units.contains(p.unitId())))
        .sorted(
            java.util.Comparator.comparing((Assignment a) -> a.brief().start())
                .thenComparingLong(Assignment::id))
        .toList();
  }

  /** Replaces the brief; a change to a decided one asks the managers it concerns again. */
  @Transactional
  public Assignment updateBrief(Actor actor, long id, Brief brief) {
    if (brief == null) {
      throw InvalidInputException.required("title");
    }
    Brief checked = checked(brief);
    return edit(actor, id, "BRIEF", b -> checked);
  }

  /** Replaces the participants, with the same re-approval as a change of the brief. */
  @Transactional
  public Assignment updateParticipants(Actor actor, long id, List<Participant> participants) {
    List<Participant> list = Fields.list(participants, "participants");
    return edit(actor, id, "PARTICIPANTS", b -> checked(b.withParticipants(list)));
  }

  /** Replaces the milestones and sessions: the plan, which needs no new approval. */
  @Transactional
  public Assignment updateSchedule(
      Actor actor, long id, List<Milestone> milestones, List<Session> sessions) {
    List<Milestone> ms = Fields.list(milestones, "milestones");
    List<Session> ss = Fields.list(sessions, "sessions");
    return edit(actor, id, "SCHEDULE", b -> checked(b.withSchedule(ms, ss)));
  }

  private Assignment edit(Actor actor, long id, String action, UnaryOperator<Brief> change) {
    AssignmentRow row = locked(id);
    Document doc = read(row.document());
    requireMayEdit(actor, row);
    AssignmentRules.requireStep(AssignmentRules.Step.EDIT, doc.state());
    Brief after = change.apply(doc.brief());
    if (doc.state() != AssignmentState.DRAFT) {
      // Once submitted, the brief must stay complete: managers approve a whole brief.
      AssignmentRules.requireReadyToSubmit(after);
    }
    Set<String> concerned = AssignmentRules.concernedManagers(doc.brief(), after);
    List<Approval> kept = AssignmentRules.keptApprovals(doc.approvals(), concerned);
    List<String> pending = AssignmentRules.pending(after, kept);
    AssignmentState state = AssignmentRules.afterEdit(doc.state(), pending);
    return save(row, new Document(state, after, kept, doc.followUps()), action, actor);
  }

  /** DRAFT → SUBMITTED: the brief is complete and the managers are asked to approve. */
  @Transactional
  public Assignment submit(Actor actor, long id) {
    AssignmentRow row = locked(id);
    Document doc = read(row.document());
    requireMayEdit(actor, row);
    AssignmentRules.requireStep(AssignmentRules.Step.SUBMIT, doc.state());
    AssignmentRules.requireReadyToSubmit(doc.brief());
    return save(
        row,
        new Document(AssignmentState.SUBMITTED, doc.brief(), List.of(), doc.followUps()),
        "SUBMIT",
        actor);
  }

  /** A manager approves for their own people; the last approval decides the assignment. */
  @Transactional
  public Assignment approve(Actor actor, long id, @Nullable String comment) {
    return approveAs(actor, actor.username(), id, comment);
  }

  /**
   * The approval of manager {@code managerId}, recorded by {@code actor}: the user themself over
   * the API, the system user for the seed's decided assignments.
   */
  Assignment approveAs(Actor actor, String managerId, long id, @Nullable String comment) {
    AssignmentRow row = locked(id);
    Document doc = read(row.document());
    AssignmentRules.requireStep(AssignmentRules.Step.APPROVE, doc.state());
    List<String> people = AssignmentRules.approvesFor(managerId, doc.brief());
    if (doc.approvals().stream().anyMatch(a -> a.managerId().equals(managerId))) {
      throw new se.processkarta.model.ConflictException("assignments.approval.already", managerId);
    }
    List<Approval> approvals = new ArrayList<>(doc.approvals());
    approvals.add(
        new Approval(
            managerId,
            people,
            actor.username(),
            clock.instant(),
            Fields.optionalText(comment, "comment")));
    List<String> pending = AssignmentRules.pending(doc.brief(), approvals);
    AssignmentState state = AssignmentRules.afterApproval(pending);
    return save(
        row,
        new Document(state, doc.brief(), approvals, doc.followUps()),
        state == AssignmentState.DECIDED ? "DECIDE" : "APPROVE",
        actor);
  }

  /**
   * A number that changes whenever any assignment does (it only grows): drawings of many
   * assignments (the portfolio, the årshjul) are cached under it.
   */
  @Transactional(readOnly = true)
  public long stamp() {
    return rows.revisionSum();
  }

  /** A person as the pages and drawings name them: the graph's name and unit, now. */
  public record PersonInfo(String id, String name, @Nullable String unit) {}

  /**
   * The people with these ids as the graph has them now; an id the graph does not know is named by
   * itself.
   */
  public Map<String, PersonInfo> people(java.util.Collection<String> ids) {
    Map<String, PersonInfo> out = new java.util.HashMap<>();
    if (ids.isEmpty()) {
      return out;
    }
    References.Found found = references.find(ids, List.of());
    for (String id : ids) {
      References.PersonFacts f = found.people().get(id);
      out.put(
          id,
          f == null ? new PersonInfo(id, id, null) : new PersonInfo(id, f.name(), f.unitName()));
    }
    return out;
  }

  /** How many assignments are stored. */
  @Transactional(readOnly = true)
  public long count() {
    return rows.count();
  }

  /** DRAFT or SUBMITTED → WITHDRAWN. */
  @Transactional
  public Assignment withdraw(Actor actor, long id) {
    AssignmentRow row = locked(id);
    Document doc = read(row.document());
    requireMayEdit(actor, row);
    AssignmentRules.requireStep(AssignmentRules.Step.WITHDRAW, doc.state());
    return save(
        row,
        new Document(AssignmentState.WITHDRAWN, doc.brief(), doc.approvals(), doc.followUps()),
        "WITHDRAW",
        actor);
  }

  /** Records a follow-up on a decided assignment; a final report closes it. */
  @Transactional
  public Assignment followUp(Actor actor, long id, FollowUpKind kind, LocalDate date, String text) {
    if (kind == null) {
      throw InvalidInputException.required("kind");
    }
    Fields.requireDate(date, "date");
    String body = Fields.optionalText(text, "text");
    if (body == null) {
      throw InvalidInputException.required("text");
    }
    AssignmentRow row = locked(id);
    Document doc = read(row.document());
    requireMayEdit(actor, row);
    AssignmentRules.requireStep(
        kind == FollowUpKind.FINAL_REPORT
            ? AssignmentRules.Step.CLOSE
            : AssignmentRules.Step.FOLLOW_UP,
        doc.state());
    List<FollowUp> followUps = new ArrayList<>(doc.followUps());
    followUps.add(new FollowUp(kind, date, body, actor.username(), clock.instant()));
    AssignmentState state =
        kind == FollowUpKind.FINAL_REPORT ? AssignmentState.CLOSED : doc.state();
    return save(
        row,
        new Document(state, doc.brief(), doc.approvals(), followUps),
        kind == FollowUpKind.FINAL_REPORT ? "CLOSE" : "FOLLOW_UP",
        actor);
  }

  /** Decided assignments' shares that hold on {@code date}: they add to people's workload. */
  @Transactional(readOnly = true)
  public List<AssignmentLoad> shares(LocalDate date) {
    List<AssignmentLoad> out = new ArrayList<>();
    for (AssignmentRow row :
        rows.search(AssignmentState.DECIDED.name(), null, null, null, MAX_LIST)) {
      if (date.isBefore(row.startDate()) || date.isAfter(row.endDate())) {
        continue;
      }
      Document doc = read(row.document());
      for (Participant p : doc.brief().participants()) {
        out.add(
            new AssignmentLoad(
                p.personId(), row.id(), row.title(), p.percent(), row.startDate(), row.endDate()));
      }
    }
    return out;
  }

  /** One participant's share of a decided assignment. */
  public record Share(
      String personId,
      long assignmentId,
      String title,
      int percent,
      LocalDate from,
      LocalDate to) {}

  // ---- internals ----

  /**
   * The rules that hold for any saved brief, and its references resolved in the graph: the people
   * must exist (names and units are taken from the graph) and the process must be a level-4
   * process.
   */
  private Brief checked(Brief brief) {
    AssignmentRules.requireAllowedForm(brief.kind(), brief.form());
    AssignmentRules.requireReasonForOtherForm(brief);
    Set<String> ids = new HashSet<>(Arrays.asList(brief.responsibleId(), brief.managerId()));
    brief.participants().forEach(p -> ids.add(p.personId()));
    String code = null;
    if (brief.processCode() != null) {
      code =
          ProcesskartaException.about("processCode", () -> Code.parse(brief.processCode()))
              .toString();
    }
    References.Found found = references.find(ids, code == null ? List.of() : List.of(code));
    for (String id : new java.util.TreeSet<>(ids)) {
      if (!found.people().containsKey(id)) {
        throw new RuleViolationException("assignments.rule.unknownPerson", id)
            .at(
                id.equals(brief.responsibleId())
                    ? "responsibleId"
                    : id.equals(brief.managerId()) ? "managerId" : "participants");
      }
    }
    if (code != null) {
      References.ElementFacts e = found.elements().get(code);
      if (e == null) {
        throw new RuleViolationException("assignments.rule.unknownProcess", code).at("processCode");
      }
      if (e.level() != Level.PROCESS.number()) {
        throw new RuleViolationException(
                "assignments.rule.notAProcess",
                code,
                Messages.term("assignments.level." + e.level()))
            .at("processCode");
      }
    }
    List<Participant> resolved = new ArrayList<>();
    for (Participant p : brief.participants()) {
      References.PersonFacts facts = found.people().get(p.personId());
      // The approving manager is the participant's närmaste chef in the organisation.
      String manager = facts.managerId();
      if (manager == null) {
        throw new RuleViolationException("assignments.rule.noManager", p.personId())
            .at("participants");
      }
      if (p.managerId() != null && !p.managerId().equals(manager)) {
        throw new RuleViolationException(
                "assignments.rule.managerFromOrganisation", p.personId(), p.managerId(), manager)
            .at("participants");
      }
      resolved.add(p.withPerson(manager, facts.name(), facts.unitId()));
    }
    Brief out = brief.withParticipants(resolved);
    // Who is who, with each participant's manager as the organisation names it.
    AssignmentRules.requireResponsibility(out);
    return out;
  }

  /**
   * A metodstödjare, or the manager or the responsible person the brief names, edits and submits an
   * assignment.
   */
  public static boolean mayEdit(Actor actor, String managerId, String responsibleId) {
    return actor.mayDraft() || actor.is(managerId) || actor.is(responsibleId);
  }

  private void requireMayEdit(Actor actor, AssignmentRow row) {
    if (!mayEdit(actor, row.managerId(), row.responsibleId())) {
      throw new ForbiddenException("assignments.edit.forbidden", actor.username());
    }
  }

  private AssignmentRow locked(long id) {
    return rows.lockById(id).orElseThrow(() -> notFound(id));
  }

  private Assignment save(AssignmentRow row, Document doc, String action, Actor actor) {
    Instant now = clock.instant();
    Document before = read(row.document());
    Brief b = doc.brief();
    AssignmentRow updated =
        rows.update(
            new AssignmentRow(
                row.id(),
                b.title(),
                b.kind().name(),
                b.form().name(),
                doc.state().name(),
                b.responsibleId(),
                b.managerId(),
                b.processCode(),
                b.start(),
                b.end(),
                row.revision() + 1,
                row.createdBy(),
                row.createdAt(),
                now,
                write(doc)));
    record(updated, doc, before, action, actor.username(), now);
    return view(updated, doc, updated.revision(), now);
  }

  private void record(
      AssignmentRow row,
      Document doc,
      @Nullable Document before,
      String action,
      String actor,
      Instant now) {
    revisions.save(
        new AssignmentRevision(
            null, row.id(), row.revision(), doc.state().name(), action, actor, now, write(doc)));
    audit.record(
        new AuditEvent(
            null,
            now,
            actor,
            "assignment." + action,
            subject(row.id()),
            row.title() + " \u2192 " + doc.state().name(),
            null,
            null,
            null,
            before == null ? null : write(before),
            write(doc)));
  }

  /** The audit log's subject for an assignment. */
  public static String subject(long id) {
    return "assignment:" + id;
  }

  private Assignment view(AssignmentRow row, Document doc, int revision, Instant updated) {
    Brief b = doc.brief();
    return new Assignment(
        row.id(),
        revision,
        doc.state(),
        b.title(),
        b.kind(),
        b.form(),
        b,
        AssignmentRules.isLong(b.start(), b.end()),
        AssignmentRules.missingFields(b),
        doc.approvals(),
        doc.state() == AssignmentState.SUBMITTED
            ? AssignmentRules.pending(b, doc.approvals())
            : List.of(),
        doc.followUps(),
        row.createdBy(),
        row.createdAt(),
        updated);
  }

  private String write(Document doc) {
    try {
      return json.writeValueAsString(doc);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Document read(String text) {
    try {
      return json.readValue(text, Document.class);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static NotFoundException notFound(long id) {
    return new NotFoundException("assignments.notFound", String.valueOf(id));
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  static <E extends Enum<E>> E parse(Class<E> type, @Nullable String value, String field) {
    if (blank(value)) {
      return null;
    }
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(value.strip())) {
        return e;
      }
    }
    throw new InvalidInputException(
        "assignments.filter.invalid",
        field,
        value.length() > 40 ? value.substring(0, 40) + "\u2026" : value,
        String.join(", ", Arrays.stream(type.getEnumConstants()).map(Enum::name).toList()));
  }

  static Integer year(@Nullable String value) {
    if (blank(value)) {
      return null;
    }
    String v = value.strip();
    if (!v.matches("\\d{4}")) {
      throw new InvalidInputException(
          "assignments.year.invalid", v.length() > 40 ? v.substring(0, 40) + "\u2026" : v);
    }
    return Integer.valueOf(v);
  }

  static boolean overlapsYear(Brief b, int year) {
    return b.start().getYear() <= year && b.end().getYear() >= year;
  }

  private static boolean involves(Brief b, String person) {
    return b.responsibleId().equals(person)
        || b.managerId().equals(person)
        || b.participants().stream().anyMatch(p -> p.personId().equals(person));
  }

  static Map<String, List<String>> approvers(Brief b) {
    return AssignmentRules.approvers(b);
  }
}
