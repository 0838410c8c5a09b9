package se.processkarta.roles;

import jakarta.inject.Singleton;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import se.processkarta.graph.Cypher;
import se.processkarta.graph.ModelHistory;
import se.processkarta.graph.ModelStamp;
import se.processkarta.hierarchy.ElementDraft;
import se.processkarta.hierarchy.HierarchyService;
import se.processkarta.model.Code;
import se.processkarta.model.ConflictException;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.Person;
import se.processkarta.model.ProcesskartaException;
import se.processkarta.model.RoleKind;

/**
 * The one way into the published model. A change is applied in one Neo4j transaction that also
 * raises the model version by one and records the change's id, so that applying the same change
 * again does nothing. The same code checks a change without keeping anything (a dry run), which is
 * how a change is validated when it is drafted and submitted.
 */
@Singleton
public class ModelWriter {

  private static final String PERSON_STATE = Cypher.load("roles/person-state");
  private static final String ORG_UNIT_EXISTS = Cypher.load("roles/org-unit-exists");
  private static final String ROLES_ON = Cypher.load("roles/roles-on");
  private static final String SEED_STAMP = Cypher.load("seed/stamp");
  private static final String SET_SEED_STAMP = Cypher.load("seed/set-stamp");

  private final Driver driver;
  private final HierarchyService hierarchy;
  private final RoleCommands commands;
  private final RoleService roles;
  private final ModelStamp stamp;
  private final ModelHistory history;

  ModelWriter(
      Driver driver,
      HierarchyService hierarchy,
      RoleCommands commands,
      RoleService roles,
      ModelStamp stamp,
      ModelHistory history) {
    this.driver = driver;
    this.hierarchy = hierarchy;
    this.commands = commands;
    this.roles = roles;
    this.stamp = stamp;
    this.history = history;
  }

  /** What one operation did: the element or person it touched, before and after. */
  public record Trace(
      int index,
      String op,
      String subject,
      Map<String, Object> before,
      Map<String, Object> after) {}

  /** The outcome of a dry run: every failing operation, and what the others would do. */
  public record Check(List<EditsRejectedException.Failure> failures, List<Trace> traces) {}

  /** The version a change was applied as, whether it was applied now or before, and its traces. */
  public record Applied(long version, boolean alreadyApplied, List<Trace> traces) {}

  /** An element or person changed by a later version than a change was drafted on. */
  public record Changed(String kind, String key, long version) {}

  /** The content hash of the last import from a seed source, if any. */
  public Optional<String> importedHash(String source) {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      return Optional.ofNullable(
          session.executeRead(
              tx ->
                  tx.run(SEED_STAMP, Map.of("source", source))
                      .single()
                      .get("hash")
                      .asString(null)));
    }
  }

  /** The current model version. */
  public long version() {
    return stamp.current();
  }

  /** What a version did, read from its validity intervals (see {@link #traces}). */
  public List<Trace> tracesOf(long version, String prefix) {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      return session.executeRead(tx -> traces(tx, version, prefix));
    }
  }

  /** The version a change was applied as, if it was. */
  public OptionalLong appliedVersion(String changeId) {
    return stamp.appliedVersion(changeId);
  }

  /** Which of the elements and people the edits touch were changed after {@code version}. */
  public List<Changed> changedSince(long version, List<ModelEdit> edits) {
    Set<String> codes = new LinkedHashSet<>();
    Set<String> people = new LinkedHashSet<>();
    edits.forEach(e -> touched(e, codes, people));
    return stamp.changedSince(version, codes, people).stream()
        .map(c -> new Changed(c.kind(), c.key(), c.version()))
        .toList();
  }

  /** Applies the edits to the model as it is now and rolls everything back. */
  public Check check(List<ModelEdit> edits) {
    final class DryRun extends RuntimeException {
      private static final long serialVersionUID = 1L;
      final transient Check check;

      DryRun(Check check) {
        super(null, null, false, false);
        this.check = check;
      }
    }
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      session.executeWriteWithoutResult(
          tx -> {
            throw new DryRun(run(tx, edits, false));
          });
    } catch (DryRun d) {
      return d.check;
    }
    throw new IllegalStateException("unreachable");
  }

  /**
   * Applies a change: all of its edits, the new version and the record of the change, in one
   * transaction. A change that was applied before answers the version it made and changes nothing.
   *
   * @throws EditsRejectedException listing every failing operation; nothing is written
   */
  public Applied apply(String changeId, List<ModelEdit> edits) {
    return inChange(
        changeId,
        tx -> {
          Check c = run(tx, edits, true);
          if (!c.failures().isEmpty()) {
            throw new EditsRejectedException(c.failures());
          }
          Set<String> codes = new LinkedHashSet<>();
          Set<String> people = new LinkedHashSet<>();
          edits.forEach(e -> touched(e, codes, people));
          Set<String> subtrees = new LinkedHashSet<>();
          for (ModelEdit e : edits) {
            if (e instanceof ModelEdit.MoveElement m) {
              subtrees.add(m.code() + ".");
              subtrees.add(m.newCode() + ".");
            }
          }
          return new Written(c.traces(), codes, people, subtrees, Set.of());
        });
  }

  /**
   * What a write in a change did, for the record: the elements and people it touched, and for the
   * validity intervals also the subtrees it moved (code prefixes) and the resource pools it wrote.
   * {@code traces} is null for a batch (an import): its record is read from the intervals it made.
   */
  public record Written(
      List<Trace> traces,
      Set<String> codes,
      Set<String> people,
      Set<String> subtrees,
      Set<String> pools) {}

  /** A write of a whole batch (an import), run in the change's transaction. */
  public interface Batch {
    Written write(TransactionContext tx);
  }

  /**
   * Applies a batch, such as an import, as change {@code changeId}: in one transaction with the new
   * version and the record of the change, and not again if it was applied before.
   */
  public Applied importBatch(
      String changeId,
      List<ElementDraft> drafts,
      ModelPeople people,
      String source,
      String contentHash) {
    return inChange(
        changeId,
        tx -> {
          hierarchy.upsert(tx, drafts);
          roles.upsert(tx, people);
          tx.run(SET_SEED_STAMP, Map.of("source", source, "hash", contentHash)).consume();
          List<Trace> traces = null;
          Set<String> codes = new LinkedHashSet<>();
          for (ElementDraft d : drafts) {
            codes.add(d.code().toString());
          }
          Set<String> ids = new LinkedHashSet<>();
          people.people().forEach(p -> ids.add(p.id()));
          Set<String> pools = new LinkedHashSet<>();
          people.resourcePools().forEach(p -> pools.add(p.id()));
          // The elements its roles and allocations hang on, for their intervals.
          people.roles().forEach(r -> codes.add(r.element().toString()));
          people.allocations().forEach(a -> codes.add(a.element().toString()));
          return new Written(traces, codes, ids, Set.of(), pools);
        });
  }

  private Applied inChange(String changeId, Batch batch) {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      return session.executeWrite(
          tx -> {
            long current = stamp.lock(tx);
            OptionalLong done = stamp.appliedVersion(tx, changeId);
            if (done.isPresent()) {
              // Applied before (a crash came between the graph and the relational store): what it
              // did is read back from the version's intervals, for the audit rows.
              return new Applied(done.getAsLong(), true, traces(tx, done.getAsLong(), "applied"));
            }
            history.backfillIfNeeded(tx, current);
            Written w = batch.write(tx);
            long version = current + 1;
            stamp.record(tx, changeId, version, w.codes(), w.people());
            history.record(
                tx,
                version,
                new ModelHistory.Scope(w.codes(), w.subtrees(), w.people(), w.pools()));
            if (w.traces() == null) {
              // A batch (an import) leaves its per-operation record to the intervals it made.
              return new Applied(version, false, traces(tx, version, "import"));
            }
            return new Applied(version, false, w.traces());
          });
    }
  }

  /**
   * What a version did, from its intervals, as traces: one per element, role, allocation, person or
   * pool it opened or closed, with the operation named {@code prefix} and the kind (for example
   * {@code importElement}, {@code appliedRole}).
   */
  private List<Trace> traces(TransactionContext tx, long version, String prefix) {
    List<Trace> out = new ArrayList<>();
    for (ModelHistory.Changed c : history.changesAt(tx, version)) {
      String op = prefix + Character.toUpperCase(c.kind().charAt(0)) + c.kind().substring(1);
      out.add(new Trace(out.size(), op, subject(c), c.before(), c.after()));
    }
    return out;
  }

  /** The code or id an interval's change is about: an element's code, or a role's element. */
  private static String subject(ModelHistory.Changed c) {
    Map<String, Object> state = c.after() != null ? c.after() : c.before();
    return switch (c.kind()) {
      case "element" -> String.valueOf(state.get("code"));
      case "role", "allocation" -> String.valueOf(state.get("element"));
      default -> c.key();
    };
  }

  private Check run(TransactionContext tx, List<ModelEdit> edits, boolean stopAtFirst) {
    List<EditsRejectedException.Failure> failures = new ArrayList<>();
    List<Trace> traces = new ArrayList<>();
    for (int i = 0; i < edits.size(); i++) {
      ModelEdit e = edits.get(i);
      try {
        traces.add(apply(tx, i, e));
      } catch (ProcesskartaException ex) {
        failures.add(
            new EditsRejectedException.Failure(i, e.op(), ex.messageKey(), ex.arguments()));
        if (stopAtFirst) {
          break;
        }
      } catch (Neo4jException ex) {
        // The transaction cannot go on after a database error: report it and stop.
        failures.add(new EditsRejectedException.Failure(i, e.op(), "change.op.failed", List.of()));
        break;
      }
    }
    return new Check(failures, traces);
  }

  private Trace apply(TransactionContext tx, int index, ModelEdit edit) {
    if (edit instanceof ModelEdit.CreateElement c) {
      Code code = c.element().code();
      hierarchy.create(tx, new ElementDraft(c.element(), c.parent(), c.element().code().level()));
      return trace(index, edit, code.toString(), null, element(tx, code));
    }
    if (edit instanceof ModelEdit.UpdateElement u) {
      Map<String, Object> before = element(tx, u.code());
      hierarchy.update(tx, u.code(), u.name(), u.description(), u.purpose(), u.recipient());
      return trace(index, edit, u.code().toString(), before, element(tx, u.code()));
    }
    if (edit instanceof ModelEdit.MoveElement m) {
      Map<String, Object> before = element(tx, m.code());
      hierarchy.move(tx, m.code(), m.newParent(), m.newCode());
      return trace(index, edit, m.newCode().toString(), before, element(tx, m.newCode()));
    }
    if (edit instanceof ModelEdit.RetireElement r) {
      Map<String, Object> before = element(tx, r.code());
      hierarchy.retire(tx, r.code());
      return trace(index, edit, r.code().toString(), before, element(tx, r.code()));
    }
    if (edit instanceof ModelEdit.AssignRole a) {
      var role = a.role();
      Map<String, Object> before = roleState(tx, role.kind(), role.element(), role.personId());
      commands.assign(tx, role);
      return trace(
          index,
          edit,
          role.element().toString(),
          before,
          roleState(tx, role.kind(), role.element(), role.personId()));
    }
    if (edit instanceof ModelEdit.EndRole r) {
      Map<String, Object> before = roleState(tx, r.kind(), r.code(), r.personId());
      commands.endRole(tx, r.kind(), r.code(), r.personId(), r.to());
      return trace(
          index,
          edit,
          r.code().toString(),
          before,
          roleState(tx, r.kind(), r.code(), r.personId()));
    }
    if (edit instanceof ModelEdit.CreatePerson c) {
      Person p = c.person();
      if (person(tx, p.id()).isPresent()) {
        throw new ConflictException("person.exists", p.id());
      }
      requireUnit(tx, p.unitId());
      roles.upsert(tx, peopleOnly(p));
      return trace(index, edit, p.id(), null, person(tx, p.id()).orElse(null));
    }
    if (edit instanceof ModelEdit.UpdatePerson u) {
      Map<String, Object> before =
          person(tx, u.id())
              .orElseThrow(() -> new NotFoundException("roles.person.notFound", u.id()));
      String unit = u.orgUnit() != null ? blankToNull(u.orgUnit()) : (String) before.get("unit");
      requireUnit(tx, unit);
      Person p =
          new Person(
              u.id(),
              u.name() != null ? u.name() : (String) before.get("name"),
              u.title() != null ? blankToNull(u.title()) : (String) before.get("title"),
              u.email() != null ? blankToNull(u.email()) : (String) before.get("email"),
              unit);
      roles.upsert(tx, peopleOnly(p));
      return trace(index, edit, u.id(), before, person(tx, u.id()).orElse(null));
    }
    if (edit instanceof ModelEdit.Allocate a) {
      commands.allocate(tx, a.allocation());
      Map<String, Object> after = new TreeMap<>();
      after.put("person", a.allocation().personId());
      after.put("pool", a.allocation().poolId());
      after.put("percent", (long) a.allocation().percent());
      after.put("from", String.valueOf(a.allocation().period().from()));
      after.put("to", String.valueOf(a.allocation().period().to()));
      return trace(index, edit, a.allocation().element().toString(), null, after);
    }
    throw new IllegalStateException("unknown edit " + edit.op());
  }

  private static void touched(ModelEdit e, Set<String> codes, Set<String> people) {
    if (e instanceof ModelEdit.CreateElement c) {
      codes.add(c.element().code().toString());
    } else if (e instanceof ModelEdit.UpdateElement u) {
      codes.add(u.code().toString());
    } else if (e instanceof ModelEdit.MoveElement m) {
      codes.add(m.code().toString());
      codes.add(m.newCode().toString());
    } else if (e instanceof ModelEdit.RetireElement r) {
      codes.add(r.code().toString());
    } else if (e instanceof ModelEdit.AssignRole a) {
      codes.add(a.role().element().toString());
      people.add(a.role().personId());
    } else if (e instanceof ModelEdit.EndRole r) {
      codes.add(r.code().toString());
      people.add(r.personId());
    } else if (e instanceof ModelEdit.CreatePerson c) {
      people.add(c.person().id());
    } else if (e instanceof ModelEdit.UpdatePerson u) {
      people.add(u.id());
    } else if (e instanceof ModelEdit.Allocate a) {
      codes.add(a.allocation().element().toString());
      people.add(a.allocation().personId());
    }
  }

  private static Trace trace(
      int index,
      ModelEdit edit,
      String subject,
      Map<String, Object> before,
      Map<String, Object> after) {
    return new Trace(index, edit.op(), subject, before, after);
  }

  private Map<String, Object> element(TransactionContext tx, Code code) {
    return hierarchy.state(tx, code).map(ModelWriter::plain).orElse(null);
  }

  private static Optional<Map<String, Object>> person(TransactionContext tx, String id) {
    List<Record> rows = tx.run(PERSON_STATE, Map.of("id", id)).list();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> out = new TreeMap<>(rows.get(0).get("person").asMap());
    out.put("unit", rows.get(0).get("unit").asString(null));
    return Optional.of(plain(out));
  }

  private static void requireUnit(TransactionContext tx, String unit) {
    if (unit != null
        && !tx.run(ORG_UNIT_EXISTS, Map.of("id", unit)).single().get("exists").asBoolean()) {
      throw new InvalidInputException("ref.orgUnit", unit);
    }
  }

  /** A person's roles of one kind on an element, for the before and after of a role change. */
  private static Map<String, Object> roleState(
      TransactionContext tx, RoleKind kind, Code code, String personId) {
    List<Map<String, Object>> held = new ArrayList<>();
    for (Record r : tx.run(ROLES_ON, Map.of("code", code.toString(), "kind", kind.name())).list()) {
      if (personId.equals(r.get("person").asString())) {
        held.add(plain(r.asMap()));
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", kind.name());
    out.put("person", personId);
    out.put("roles", held);
    return out;
  }

  private static ModelPeople peopleOnly(Person p) {
    return new ModelPeople(List.of(), List.of(p), List.of(), List.of(), List.of(), List.of());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }

  /** Dates and times as ISO text, so that the traces serialise the same everywhere. */
  private static Map<String, Object> plain(Map<String, Object> in) {
    Map<String, Object> out = new TreeMap<>();
    in.forEach(
        (k, v) -> {
          if (v instanceof TemporalAccessor) {
            out.put(k, v.toString());
          } else {
            out.put(k, v);
          }
        });
    return out;
  }
}
