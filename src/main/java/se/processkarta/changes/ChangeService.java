package se.processkarta.changes;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.processkarta.changes.apply.EditsRejectedException;
import se.processkarta.changes.apply.ModelEdit;
import se.processkarta.changes.apply.ModelWriter;
import se.processkarta.changes.apply.StaleChangeException;
import se.processkarta.hierarchy.ElementDraft;
import se.processkarta.model.ConflictException;
import se.processkarta.model.ForbiddenException;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.SwedishTime;
import se.processkarta.roles.ModelPeople;

/**
 * Change requests from draft to published model. Every write to the published model goes through
 * {@link #approve} (or {@link #importModel} for a whole seed), which applies the change in one
 * graph transaction (idempotent by change id) and then marks it applied; {@link #recover} finishes
 * what a crash left between the two.
 */
@Singleton
public class ChangeService {

  private static final Logger LOG = LoggerFactory.getLogger(ChangeService.class);
  static final int MAX_TITLE = 300;
  static final int MAX_TEXT = 4000;

  private final ChangeRequestRepository changes;
  private final ChangeCommentRepository comments;
  private final ChangeStore store;
  private final ModelWriter writer;
  private final ObjectMapper json;
  private final CrashPoints crash;
  private final Clock clock;

  ChangeService(
      ChangeRequestRepository changes,
      ChangeCommentRepository comments,
      ChangeStore store,
      ModelWriter writer,
      ObjectMapper json,
      CrashPoints crash,
      Clock clock) {
    this.changes = changes;
    this.comments = comments;
    this.store = store;
    this.writer = writer;
    this.json = json;
    this.crash = crash;
    this.clock = clock;
  }

  /** Who is acting, and whether they hold a permission that allows acting on others' changes. */
  /** Creates a DRAFT owned by its author, after checking every operation against the model. */
  public ChangeView create(Actor actor, String title, String motivation, List<Operation> ops) {
    String t = title(title);
    String m = text(motivation);
    List<ModelEdit> edits = validate(ops);
    Instant now = clock.instant();
    ChangeRequest saved =
        changes.save(
            new ChangeRequest(
                null,
                java.util.UUID.randomUUID().toString(),
                ChangeRequest.EDITS,
                t,
                m,
                actor.username(),
                ChangeState.DRAFT.name(),
                writer.version(),
                write(ops),
                edits.size(),
                now,
                now,
                null,
                null,
                null));
    return view(saved, true);
  }

  /** The author edits a DRAFT: new title, motivation and operations, drafted on today's model. */
  public ChangeView update(
      Actor actor, long id, String title, String motivation, List<Operation> ops) {
    ChangeRequest c = load(id);
    requireAuthor(actor, c);
    requireState(c, ChangeState.DRAFT);
    List<ModelEdit> edits = validate(ops);
    ChangeRequest changed =
        new ChangeRequest(
            c.id(),
            c.uid(),
            c.kind(),
            title(title),
            text(motivation),
            c.author(),
            c.state(),
            writer.version(),
            write(ops),
            edits.size(),
            c.createdAt(),
            clock.instant(),
            null,
            null,
            null);
    changes.update(changed);
    return view(load(id), true);
  }

  public ChangeView submit(Actor actor, long id) {
    ChangeRequest c = load(id);
    requireAuthor(actor, c);
    requireState(c, ChangeState.DRAFT);
    validate(operations(c));
    move(c, ChangeState.DRAFT, ChangeState.SUBMITTED);
    return view(load(id), true);
  }

  public ChangeView withdraw(Actor actor, long id) {
    ChangeRequest c = load(id);
    requireAuthor(actor, c);
    ChangeState s = state(c);
    if (s != ChangeState.DRAFT && s != ChangeState.SUBMITTED) {
      throw new ConflictException("change.state", String.valueOf(id), s.name());
    }
    move(c, s, ChangeState.WITHDRAWN);
    return view(load(id), true);
  }

  public ChangeView reject(Actor actor, long id, String comment) {
    ChangeRequest c = load(id);
    requireReviewerOf(actor, c);
    requireState(c, ChangeState.SUBMITTED);
    if (changes.review(
            id,
            ChangeState.SUBMITTED.name(),
            ChangeState.REJECTED.name(),
            actor.username(),
            text(comment),
            clock.instant())
        == 0) {
      throw new ConflictException("change.state", String.valueOf(id), state(load(id)).name());
    }
    return view(load(id), true);
  }

  /**
   * Approves a submitted change and publishes it: answers once it is applied. Refused with 403 for
   * its own author, with 409 when an element or person it touches changed after it was drafted, and
   * with 422 when it no longer fits the model.
   */
  public ChangeView approve(Actor actor, long id, String comment) {
    ChangeRequest c = load(id);
    requireReviewerOf(actor, c);
    requireState(c, ChangeState.SUBMITTED);
    List<ModelEdit> edits = edits(c);
    if (changes.review(
            id,
            ChangeState.SUBMITTED.name(),
            ChangeState.APPROVED.name(),
            actor.username(),
            text(comment),
            clock.instant())
        == 0) {
      throw new ConflictException("change.state", String.valueOf(id), state(load(id)).name());
    }
    crash.reached(CrashPoints.APPROVED);
    ChangeRequest approved = load(id);
    ModelWriter.Applied applied;
    try {
      // The stale check runs inside the applying transaction, under the version lock: of two
      // changes to one element approved at the same moment, exactly one is applied.
      applied = writer.apply(approved.uid(), approved.baseVersion(), edits);
    } catch (StaleChangeException e) {
      changes.reopen(id, clock.instant());
      throw stale(approved, e);
    } catch (EditsRejectedException e) {
      // It no longer fits the model: back to the reviewers, with the reasons.
      changes.transition(
          id, ChangeState.APPROVED.name(), ChangeState.SUBMITTED.name(), clock.instant());
      throw e;
    }
    crash.reached(CrashPoints.GRAPH_APPLIED);
    store.finish(approved, applied.version(), applied.traces(), approved.title());
    crash.reached(CrashPoints.MARKED);
    return view(load(id), true);
  }

  private static ConflictException stale(ChangeRequest c, StaleChangeException e) {
    return new ConflictException(
        "change.stale",
        String.valueOf(c.id()),
        String.valueOf(c.baseVersion()),
        e.changed().stream()
            .map(x -> x.key() + " (v" + x.version() + ")")
            .collect(Collectors.joining(", ")));
  }

  /** Records a new base version after the author has looked at what changed. */
  public ChangeView rebase(Actor actor, long id) {
    ChangeRequest c = load(id);
    requireAuthor(actor, c);
    ChangeState s = state(c);
    if (s != ChangeState.DRAFT && s != ChangeState.SUBMITTED) {
      throw new ConflictException("change.state", String.valueOf(id), s.name());
    }
    validate(operations(c));
    changes.rebase(id, writer.version(), clock.instant());
    return view(load(id), true);
  }

  public ChangeComment comment(Actor actor, long id, String body) {
    load(id);
    String b = text(body);
    if (b == null) {
      throw new InvalidInputException("change.comment.blank").at("body");
    }
    return comments.save(new ChangeComment(null, id, actor.username(), clock.instant(), b));
  }

  public ChangeView get(long id) {
    return view(load(id), true);
  }

  /** How many submitted changes wait for {@code actor}'s review: others' only, four eyes. */
  public long waitingFor(Actor actor) {
    return actor.mayReview()
        ? changes.countByStateAndAuthorNotEqual(ChangeState.SUBMITTED.name(), actor.username())
        : 0;
  }

  public List<ChangeView> list(String state, String author) {
    String s = state == null || state.isBlank() ? null : parseState(state).name();
    String a = author == null || author.isBlank() ? null : author.strip();
    List<ChangeRequest> found;
    if (s != null && a != null) {
      found = changes.findByStateAndAuthorOrderByIdDesc(s, a);
    } else if (s != null) {
      found = changes.findByStateOrderByIdDesc(s);
    } else if (a != null) {
      found = changes.findByAuthorOrderByIdDesc(a);
    } else {
      found = changes.findAllOrderByIdDesc();
    }
    return found.stream().map(c -> view(c, false)).toList();
  }

  /**
   * The before and after of every operation: as applied, for an applied change; as it would be
   * applied to today's model, for any other.
   */
  public Map<String, Object> diff(long id) {
    ChangeRequest c = load(id);
    List<ModelWriter.Trace> traces;
    List<EditsRejectedException.Failure> failures = List.of();
    if (state(c) == ChangeState.APPLIED || c.kind().equals(ChangeRequest.IMPORT)) {
      traces = store.traces(id);
    } else {
      ModelWriter.Check check = writer.check(edits(c));
      traces = check.traces();
      failures = check.failures();
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("id", id);
    out.put("state", c.state());
    out.put("baseVersion", c.baseVersion());
    out.put("appliedVersion", c.appliedVersion());
    List<Map<String, Object>> ops = new ArrayList<>();
    for (ModelWriter.Trace t : traces) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("index", t.index());
      o.put("op", t.op());
      o.put("subject", t.subject());
      o.put("before", t.before());
      o.put("after", t.after());
      RoleDiff.of(t.op(), t.before(), t.after()).ifPresent(r -> o.put("role", r.toMap()));
      ops.add(o);
    }
    out.put("operations", ops);
    out.put(
        "failures",
        failures.stream()
            .map(
                f ->
                    Map.<String, Object>of(
                        "index",
                        f.index(),
                        "op",
                        f.op(),
                        "key",
                        f.messageKey(),
                        "arguments",
                        f.arguments()))
            .toList());
    return out;
  }

  /**
   * Imports a whole model (the seed) as one change by {@code actor}: recorded as approved, applied
   * in one graph transaction, then marked applied with its version and audit rows.
   */
  public ModelWriter.Applied importModel(
      String actor,
      String source,
      String summary,
      String contentHash,
      List<ElementDraft> drafts,
      ModelPeople people) {
    Instant now = clock.instant();
    Map<String, Object> what = new LinkedHashMap<>();
    what.put("source", source);
    what.put("contentHash", contentHash);
    what.put("elements", drafts.size());
    what.put("people", people.people().size());
    ChangeRequest c =
        changes.save(
            new ChangeRequest(
                null,
                java.util.UUID.randomUUID().toString(),
                ChangeRequest.IMPORT,
                summary.length() > MAX_TITLE ? summary.substring(0, MAX_TITLE) : summary,
                null,
                actor,
                ChangeState.APPROVED.name(),
                writer.version(),
                store.write(what),
                drafts.size(),
                now,
                now,
                actor,
                null,
                null));
    crash.reached(CrashPoints.IMPORT_APPROVED);
    ModelWriter.Applied applied = writer.importBatch(c.uid(), drafts, people, source, contentHash);
    crash.reached(CrashPoints.IMPORT_GRAPH_APPLIED);
    store.finish(c, applied.version(), applied.traces(), summary);
    return applied;
  }

  /**
   * Finishes what a crash left behind: every APPROVED change is applied (a no-op in the graph when
   * it was applied before) and marked applied. An import that never reached the graph is withdrawn:
   * its files are not kept, and running the import again redoes it.
   */
  public int recover() {
    int finished = 0;
    for (ChangeRequest c : changes.findByStateOrderByIdAsc(ChangeState.APPROVED.name())) {
      try {
        if (c.kind().equals(ChangeRequest.IMPORT)) {
          OptionalLong v = writer.appliedVersion(c.uid());
          if (v.isPresent()) {
            store.finish(c, v.getAsLong(), writer.tracesOf(v.getAsLong(), "import"), c.title());
          } else {
            changes.review(
                c.id(),
                ChangeState.APPROVED.name(),
                ChangeState.WITHDRAWN.name(),
                Users.SYSTEM,
                "Importen avbröts innan den publicerades.",
                clock.instant());
          }
        } else {
          ModelWriter.Applied applied = writer.apply(c.uid(), c.baseVersion(), edits(c));
          List<ModelWriter.Trace> traces = applied.traces();
          store.finish(c, applied.version(), traces, c.title());
        }
        finished++;
      } catch (StaleChangeException | EditsRejectedException e) {
        changes.transition(
            c.id(), ChangeState.APPROVED.name(), ChangeState.SUBMITTED.name(), clock.instant());
        LOG.warn("Ändring {} passar inte längre modellen och är åter inskickad", c.id());
      }
    }
    if (finished > 0) {
      LOG.info("{} godkända ändringar slutförda efter omstart", finished);
    }
    return finished;
  }

  private List<ModelEdit> validate(List<Operation> ops) {
    Operations.Parsed parsed = Operations.parse(ops, SwedishTime.today(clock));
    // The readable operations are tried on the model too, so that one answer lists every problem.
    List<EditsRejectedException.Failure> all = new ArrayList<>(parsed.failures());
    for (EditsRejectedException.Failure f : writer.check(parsed.edits()).failures()) {
      all.add(
          new EditsRejectedException.Failure(
              parsed.indexes().get(f.index()), f.op(), f.messageKey(), f.arguments(), f.field()));
    }
    if (!all.isEmpty()) {
      all.sort(java.util.Comparator.comparingInt(EditsRejectedException.Failure::index));
      throw new EditsRejectedException(all);
    }
    return parsed.edits();
  }

  private List<ModelEdit> edits(ChangeRequest c) {
    Operations.Parsed parsed = Operations.parse(operations(c), SwedishTime.today(clock));
    if (!parsed.failures().isEmpty()) {
      throw new EditsRejectedException(parsed.failures());
    }
    return parsed.edits();
  }

  private List<Operation> operations(ChangeRequest c) {
    if (!c.kind().equals(ChangeRequest.EDITS)) {
      return List.of();
    }
    try {
      return json.readValue(c.operations(), Argument.listOf(Operation.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String write(List<Operation> ops) {
    try {
      return json.writeValueAsString(Argument.listOf(Operation.class), ops);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private ChangeRequest load(long id) {
    return changes
        .findById(id)
        .orElseThrow(() -> new NotFoundException("change.notFound", String.valueOf(id)));
  }

  private void move(ChangeRequest c, ChangeState from, ChangeState to) {
    if (changes.transition(c.id(), from.name(), to.name(), clock.instant()) == 0) {
      throw new ConflictException(
          "change.state", String.valueOf(c.id()), state(load(c.id())).name());
    }
  }

  private static ChangeState state(ChangeRequest c) {
    return ChangeState.valueOf(c.state());
  }

  private static void requireState(ChangeRequest c, ChangeState wanted) {
    if (state(c) != wanted) {
      throw new ConflictException("change.state", String.valueOf(c.id()), c.state());
    }
  }

  /** The author edits, submits, withdraws and rebases their own change; nobody else does. */
  public static boolean mayEdit(Actor actor, String author, ChangeState state) {
    return actor.is(author) && actor.mayDraft() && state == ChangeState.DRAFT;
  }

  /** The author withdraws their submitted change. */
  public static boolean mayWithdraw(Actor actor, String author, ChangeState state) {
    return actor.is(author) && state == ChangeState.SUBMITTED;
  }

  /** Four eyes: a reviewer, and never the author, whatever permissions the author holds. */
  public static boolean mayReview(Actor actor, String author, ChangeState state) {
    return !actor.is(author) && actor.mayReview() && state == ChangeState.SUBMITTED;
  }

  private static void requireAuthor(Actor actor, ChangeRequest c) {
    if (!actor.is(c.author())) {
      throw new ForbiddenException("change.notAuthor", String.valueOf(c.id()), c.author());
    }
  }

  /** Four eyes, as {@link #mayReview}, with the reason when it is refused. */
  private static void requireReviewerOf(Actor actor, ChangeRequest c) {
    if (actor.is(c.author())) {
      throw new ForbiddenException("change.fourEyes", String.valueOf(c.id()));
    }
    if (!actor.mayReview()) {
      throw new ForbiddenException("auth.forbidden");
    }
  }

  private static ChangeState parseState(String s) {
    try {
      return ChangeState.valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("change.state.unknown", s);
    }
  }

  private static String title(String title) {
    String t = title == null ? "" : title.strip();
    if (t.isEmpty()) {
      throw InvalidInputException.required("title");
    }
    if (t.length() > MAX_TITLE) {
      throw new InvalidInputException("change.title.tooLong", String.valueOf(MAX_TITLE))
          .at("title");
    }
    return t;
  }

  private static String text(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String t = text.strip();
    if (t.length() > MAX_TEXT) {
      throw new InvalidInputException("change.text.tooLong", String.valueOf(MAX_TEXT)).at("text");
    }
    return t;
  }

  private ChangeView view(ChangeRequest c, boolean full) {
    return new ChangeView(
        c.id(),
        c.kind(),
        c.title(),
        c.motivation(),
        c.author(),
        state(c),
        c.baseVersion(),
        c.appliedVersion(),
        c.operationCount(),
        c.createdAt(),
        c.updatedAt(),
        c.reviewer(),
        c.reviewComment(),
        full ? operations(c) : null,
        full ? comments.findByChangeIdOrderByIdAsc(c.id()) : null);
  }
}
