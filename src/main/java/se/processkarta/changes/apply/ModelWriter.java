package se.processkarta.changes.apply;

import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.exceptions.Neo4jException;
import se.processkarta.graph.Cypher;
import se.processkarta.graph.ModelHistory;
import se.processkarta.graph.ModelStamp;
import se.processkarta.hierarchy.ElementDraft;
import se.processkarta.hierarchy.HierarchyService;
import se.processkarta.model.ProcesskartaException;
import se.processkarta.roles.ModelPeople;
import se.processkarta.roles.RoleService;

/**
 * The one way into the published model. A change is applied in one Neo4j transaction that also
 * raises the model version by one and records the change's id, so that applying the same change
 * again does nothing. The same rules check a change without writing anything, when it is drafted
 * and submitted: both run the whole change in memory against the part of the model it touches, read
 * once ({@link ChangeEngine}), so that a change costs a few statements rather than a few per
 * operation.
 */
@Singleton
public class ModelWriter {

  private static final String SEED_STAMP = Cypher.load("seed/stamp");
  private static final String SET_SEED_STAMP = Cypher.load("seed/set-stamp");

  private final Driver driver;
  private final HierarchyService hierarchy;
  private final RoleService roles;
  private final ModelStamp stamp;
  private final ModelHistory history;

  ModelWriter(
      Driver driver,
      HierarchyService hierarchy,
      RoleService roles,
      ModelStamp stamp,
      ModelHistory history) {
    this.driver = driver;
    this.hierarchy = hierarchy;
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

  /** The outcome of a check: every failing operation, and what the others would do. */
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

  /**
   * Checks the edits against the model as it is now, without writing anything: the touched part of
   * the model is read once, in a read transaction, and the edits are run against it in memory.
   */
  public Check check(List<ModelEdit> edits) {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      ChangeEngine.Outcome o =
          session.executeRead(tx -> ChangeEngine.load(tx, edits).run(edits, false));
      return new Check(o.failures(), o.traces());
    }
  }

  /**
   * Applies a change: all of its edits, the new version and the record of the change, in one
   * transaction. A change that was applied before answers the version it made and changes nothing.
   * The edits are checked again in memory against the touched part of the model as it is inside the
   * transaction (read once), then written in batches: one upsert of the elements and one of the
   * people side for each run of operations up to a move, and each move on its own.
   *
   * @throws EditsRejectedException listing every failing operation; nothing is written
   */
  public Applied apply(String changeId, List<ModelEdit> edits) {
    return apply(changeId, -1, edits);
  }

  /**
   * Applies a change drafted on {@code baseVersion}, as {@link #apply(String, List)} does, after
   * checking inside the same transaction, under the version lock, that no element or person it
   * touches was changed by a later version: of two changes approved at the same moment that touch
   * one element, the second sees the first's writes here and is refused. A negative base skips the
   * check (the seed and tests that write directly).
   *
   * @throws StaleChangeException naming what changed; nothing is written
   */
  public Applied apply(String changeId, long baseVersion, List<ModelEdit> edits) {
    return inChange(
        changeId,
        tx -> {
          // What the change touches: checked for staleness first, marked with the new version
          // after.
          Set<String> codes = new LinkedHashSet<>();
          Set<String> people = new LinkedHashSet<>();
          edits.forEach(e -> touched(e, codes, people));
          if (baseVersion >= 0) {
            List<Changed> stale =
                stamp.changedSince(tx, baseVersion, codes, people).stream()
                    .map(c -> new Changed(c.kind(), c.key(), c.version()))
                    .toList();
            if (!stale.isEmpty()) {
              throw new StaleChangeException(stale);
            }
          }
          ChangeEngine.Outcome o = ChangeEngine.load(tx, edits).run(edits, true);
          if (!o.failures().isEmpty()) {
            throw new EditsRejectedException(o.failures());
          }
          write(tx, edits, o.steps());
          Set<String> subtrees = new LinkedHashSet<>();
          for (ModelEdit e : edits) {
            if (e instanceof ModelEdit.MoveElement m) {
              subtrees.add(m.code() + ".");
              subtrees.add(m.newCode() + ".");
            }
          }
          return new Written(
              o.traces(), codes, people, subtrees, Set.of(), Set.of(), Set.of(), roleless(edits));
        });
  }

  /** Writes what the view gathered, step by step, in the change's transaction. */
  private void write(TransactionContext tx, List<ModelEdit> edits, List<ChangeEngine.Step> steps) {
    for (ChangeEngine.Step step : steps) {
      int index =
          step instanceof ChangeEngine.Move m ? m.index() : ((ChangeEngine.Batch) step).firstIndex;
      try {
        if (step instanceof ChangeEngine.Move m) {
          hierarchy.move(tx, m.edit().code(), m.edit().newParent(), m.edit().newCode());
        } else {
          ChangeEngine.write(tx, (ChangeEngine.Batch) step, hierarchy, roles);
        }
      } catch (ProcesskartaException ex) {
        // The view and the graph disagree (they are read in the same transaction, so this is a
        // bug): refuse the change rather than write part of it.
        throw new EditsRejectedException(
            List.of(
                new EditsRejectedException.Failure(
                    index, edits.get(index).op(), ex.messageKey(), ex.arguments())));
      } catch (Neo4jException ex) {
        throw new EditsRejectedException(
            List.of(
                new EditsRejectedException.Failure(
                    index, edits.get(index).op(), "change.op.failed", List.of())));
      }
    }
  }

  /**
   * What a write in a change did, for the record: the elements and people it touched, and for the
   * validity intervals also the subtrees it moved (code prefixes) and the resource pools,
   * organisational units and steering groups it wrote. {@code traces} is null for a batch (an
   * import): its record is read from the intervals it made. {@code roleless} are elements the
   * change created and wrote no role or allocation to: they hold none, so their intervals need no
   * read of roles (see {@link #roleless}).
   */
  public record Written(
      List<Trace> traces,
      Set<String> codes,
      Set<String> people,
      Set<String> subtrees,
      Set<String> pools,
      Set<String> units,
      Set<String> groups,
      Set<String> roleless) {}

  /**
   * The elements {@code edits} create and give no role or allocation. Reading their roles back in
   * the change's transaction found nothing and cost, for each, an index lookup among every element
   * the transaction had written: quadratic, a minute for a 10,000-row import.
   */
  static Set<String> roleless(List<ModelEdit> edits) {
    Set<String> created = new LinkedHashSet<>();
    Set<String> withRoles = new LinkedHashSet<>();
    for (ModelEdit e : edits) {
      if (e instanceof ModelEdit.CreateElement c) {
        created.add(c.element().code().toString());
      } else if (e instanceof ModelEdit.AssignRole a) {
        withRoles.add(a.role().element().toString());
      } else if (e instanceof ModelEdit.EndRole r) {
        withRoles.add(r.code().toString());
      } else if (e instanceof ModelEdit.Allocate a) {
        withRoles.add(a.allocation().element().toString());
      }
    }
    created.removeAll(withRoles);
    return created;
  }

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
          Set<String> units = new LinkedHashSet<>();
          people.orgUnits().forEach(u -> units.add(u.id()));
          Set<String> groups = new LinkedHashSet<>();
          people.steeringGroups().forEach(g -> groups.add(g.id()));
          // The elements its roles and allocations hang on, for their intervals.
          people.roles().forEach(r -> codes.add(r.element().toString()));
          people.allocations().forEach(a -> codes.add(a.element().toString()));
          return new Written(traces, codes, ids, Set.of(), pools, units, groups, Set.of());
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
                new ModelHistory.Scope(
                    w.codes(),
                    w.subtrees(),
                    w.people(),
                    w.pools(),
                    w.units(),
                    w.groups(),
                    w.roleless()));
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
}
