package se.processkarta.graph;

import jakarta.inject.Singleton;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.AccessMode;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;

/**
 * The model version: a number stored in the graph that every applied change raises by one, in the
 * change's own transaction, together with a record of which change made it. Caches, ETags and
 * {@code ?version=} reads key on it: reading it costs one tiny query, and since it lives in the
 * graph, a change applied by any instance is seen by all of them.
 */
@Singleton
public final class ModelStamp {

  private static final String STAMP = Cypher.load("graph/stamp");
  private static final String BUMP = Cypher.load("graph/bump-stamp");
  private static final String LOCK = Cypher.load("graph/lock-stamp");
  private static final String APPLIED = Cypher.load("graph/applied-change");
  private static final String RECORD = Cypher.load("graph/record-change");
  private static final String CHANGED_SINCE = Cypher.load("graph/changed-since");

  private static final SessionConfig READ =
      SessionConfig.builder().withDefaultAccessMode(AccessMode.READ).build();

  private final Driver driver;

  /**
   * Concurrent requests share stamp reads: under load, one Bolt round trip answers every request
   * that arrived before it started, instead of one round trip each. Each still sees every change
   * committed (on any instance) before it asked.
   */
  private final FreshRead<Long> fresh = new FreshRead<>(this::read);

  ModelStamp(Driver driver) {
    this.driver = driver;
  }

  /**
   * The current stamp; 0 for a graph that has never been written to. The read starts after the
   * call, so it reflects every change committed before the call, by this instance or another.
   */
  public long current() {
    return fresh.get();
  }

  /**
   * Runs {@code work} with one stamp read for all of it on this thread (see {@link
   * FreshRead#pinned}): the stamp it sees started after the call, as {@link #current} promises.
   */
  public <R> R oneRead(java.util.function.Supplier<R> work) {
    return fresh.pinned(work);
  }

  /** One auto-commit statement: half the round trips of a transaction function. */
  private long read() {
    try (var session = driver.session(READ)) {
      return session.run(STAMP).single().get("version").asLong();
    }
  }

  /** Increases the stamp as part of the caller's write transaction. */
  public void bump(TransactionContext tx) {
    tx.run(BUMP).consume();
  }

  /** Locks the version for the rest of the caller's transaction and answers it. */
  public long lock(TransactionContext tx) {
    return tx.run(LOCK).single().get("version").asLong();
  }

  /** The version a change was applied as, read in the caller's transaction. */
  public java.util.OptionalLong appliedVersion(TransactionContext tx, String changeId) {
    var v = tx.run(APPLIED, Map.of("id", changeId)).single().get("version");
    return v.isNull() ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(v.asLong());
  }

  /** The version a change was applied as, if it was. */
  public java.util.OptionalLong appliedVersion(String changeId) {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      return session.executeRead(tx -> appliedVersion(tx, changeId));
    }
  }

  /**
   * Records, in the caller's transaction and after {@link #lock}, that change {@code changeId} made
   * {@code version}, marking the elements and people it touched.
   */
  public void record(
      TransactionContext tx,
      String changeId,
      long version,
      java.util.Collection<String> codes,
      java.util.Collection<String> people) {
    tx.run(
            RECORD,
            Map.of(
                "id",
                changeId,
                "version",
                version,
                "codes",
                List.copyOf(codes),
                "people",
                List.copyOf(people)))
        .consume();
  }

  /** A model element or person changed by a version after the one asked about. */
  public record Changed(String kind, String key, long version) {}

  /**
   * Which of the given elements and people a version after {@code version} changed, read in the
   * caller's transaction (after {@link #lock}, so that no other change can commit in between).
   */
  public List<Changed> changedSince(
      TransactionContext tx,
      long version,
      java.util.Collection<String> codes,
      java.util.Collection<String> people) {
    return tx.run(
            CHANGED_SINCE,
            Map.of("version", version, "codes", List.copyOf(codes), "people", List.copyOf(people)))
        .list(
            r ->
                new Changed(
                    r.get("kind").asString(),
                    r.get("key").asString(),
                    r.get("changedIn").asLong()));
  }
}
