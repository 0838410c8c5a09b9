package se.processkarta.graph;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.core.type.Argument;
import io.micronaut.json.JsonMapper;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import se.processkarta.model.Allocation;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.OrgUnit;
import se.processkarta.model.OrgUnitKind;
import se.processkarta.model.Period;
import se.processkarta.model.Person;
import se.processkarta.model.ProcesskartaException;
import se.processkarta.model.ResourcePool;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;
import se.processkarta.model.SteeringGroup;
import se.processkarta.model.SteeringGroupKind;
import se.processkarta.model.SwedishTime;

/**
 * Validity intervals by model version: the graph keeps, beside the current model, one {@code
 * (:History {kind, key, code, data, from, to})} node per state of each element, role, allocation,
 * person, resource pool, organisational unit and steering group, valid from the version that made
 * it up to (not including) the version that changed or removed it. {@link #record} writes them in
 * the transaction of the change that makes the version (the one apply path), and {@link #snapshot}
 * reads the model as it was at any version into a {@link ModelSnapshot}, cached per version: a past
 * version never changes.
 *
 * <p>Current reads do not come here: they stay on the current graph, which is faster.
 */
@Singleton
public class ModelHistory {

  /** The zone in which a version's day is counted. */
  private static final String ELEMENTS = Cypher.load("graph/history-elements");

  private static final String PEOPLE_SIDE = Cypher.load("graph/history-people-side");
  private static final String OPEN = Cypher.load("graph/history-open");
  private static final String WRITE = Cypher.load("graph/history-write");
  private static final String AT = Cypher.load("graph/history-at");
  private static final String START = Cypher.load("graph/history-start");
  private static final String NEEDS_BACKFILL = Cypher.load("graph/history-needs-backfill");
  private static final String ALL_KEYS = Cypher.load("graph/history-all-keys");
  private static final String VERSION_DATES = Cypher.load("graph/version-dates");
  private static final String CHANGES_AT = Cypher.load("graph/history-changes-at");

  private final Driver driver;
  private final JsonMapper json;
  private final Clock clock;
  private final Cache<Long, State> states = Caffeine.newBuilder().maximumSize(8).build();

  /** Everything that held at one version: the model, and the units and groups beside it. */
  private record State(ModelSnapshot snapshot, Organisation organisation) {}

  /** The organisational units and steering groups as they were at a version. */
  public record Organisation(List<OrgUnit> units, List<SteeringGroup> groups) {

    public Organisation {
      units = List.copyOf(units);
      groups = List.copyOf(groups);
    }
  }

  ModelHistory(Driver driver, JsonMapper json, Clock clock) {
    this.driver = driver;
    this.json = json;
    this.clock = clock;
  }

  /**
   * What a change may have touched: elements by code, whole subtrees by code prefix ({@code
   * "3.3.8."}: a moved element's old and new descendants), people, resource pools, organisational
   * units and steering groups by id; and the elements among them known to hold no role or
   * allocation (created by the change without any), whose roles are not read. The steering groups
   * that support a touched element are in scope without being named: a move recodes what they
   * support.
   */
  public record Scope(
      Collection<String> codes,
      Collection<String> prefixes,
      Collection<String> people,
      Collection<String> pools,
      Collection<String> units,
      Collection<String> groups,
      Collection<String> roleless) {}

  /** The versions the intervals cover: from {@code first} (0 when none) to {@code current}. */
  public record Span(long first, long current) {}

  /**
   * Backfills, once, a store written before the graph kept intervals: everything in it, as it
   * stands, from {@code current}. Call it in the change's transaction after taking the version lock
   * and before writing, so that the change itself lands in the next version's intervals.
   */
  public void backfillIfNeeded(TransactionContext tx, long current) {
    Record needs = tx.run(NEEDS_BACKFILL).single();
    if (needs.get("needed").asBoolean()) {
      Record all = tx.run(ALL_KEYS).single();
      sync(
          tx,
          current,
          new Scope(
              all.get("codes").asList(Value::asString),
              List.of(),
              all.get("people").asList(Value::asString),
              all.get("pools").asList(Value::asString),
              all.get("units").asList(Value::asString),
              all.get("groups").asList(Value::asString),
              List.of()));
    } else if (needs.get("organisation").asBoolean()) {
      // Intervals written before units and groups were kept. Only the seed writes those, and
      // seldom, so they are recorded as they stand from the first version the intervals cover:
      // a past version then shows the groups of today rather than none.
      Record all = tx.run(ALL_KEYS).single();
      long first = tx.run(START).single().get("first").asLong(current);
      sync(
          tx,
          first,
          new Scope(
              List.of(),
              List.of(),
              List.of(),
              List.of(),
              all.get("units").asList(Value::asString),
              all.get("groups").asList(Value::asString),
              List.of()));
    }
  }

  /**
   * Brings the intervals of everything in {@code scope} up to {@code version}, in the caller's
   * transaction (the change's, after its writes): what changed closes its open interval at {@code
   * version} and opens a new one from it; what disappeared (a moved element's old code) is closed;
   * what is unchanged is left alone.
   */
  public void record(TransactionContext tx, long version, Scope scope) {
    sync(tx, version, scope);
  }

  private void sync(TransactionContext tx, long version, Scope scope) {
    Map<String, Object> params = new HashMap<>();
    params.put("codes", List.copyOf(scope.codes()));
    params.put("prefixes", List.copyOf(scope.prefixes()));
    params.put("people", List.copyOf(scope.people()));
    params.put("pools", List.copyOf(scope.pools()));
    params.put("units", List.copyOf(scope.units()));
    params.put("groups", List.copyOf(scope.groups()));

    // Now: the elements, then the roles and allocations on all of them, people and pools.
    Map<String, Row> now = new HashMap<>();
    Set<String> codes = new LinkedHashSet<>();
    for (Record r : tx.run(ELEMENTS, params).list()) {
      String code = r.get("code").asString();
      codes.add(code);
      now.put("element|" + code, new Row("element", code, code, text(r.get("data").asMap())));
    }
    Map<String, Object> side = new HashMap<>(params);
    Set<String> holders = new LinkedHashSet<>(codes);
    holders.removeAll(Set.copyOf(scope.roleless()));
    side.put("codes", List.copyOf(holders));
    for (Record r : tx.run(PEOPLE_SIDE, side).list()) {
      String kind = r.get("kind").asString();
      String key = r.get("key").asString();
      now.put(
          kind + "|" + key,
          new Row(kind, key, r.get("code").asString(null), text(r.get("data").asMap())));
    }

    // The groups found through the elements they support are compared too.
    Set<String> groups = new LinkedHashSet<>(scope.groups());
    now.values().stream().filter(r -> r.kind().equals("group")).forEach(r -> groups.add(r.key()));
    params.put("groups", List.copyOf(groups));

    List<String> close = new ArrayList<>();
    Set<String> unchanged = new LinkedHashSet<>();
    for (Record r : tx.run(OPEN, params).list()) {
      String k = r.get("kind").asString() + "|" + r.get("key").asString();
      Row row = now.get(k);
      if (row != null && row.data().equals(r.get("data").asString())) {
        unchanged.add(k);
      } else {
        close.add(r.get("id").asString());
      }
    }
    List<Map<String, Object>> open = new ArrayList<>();
    now.forEach(
        (k, row) -> {
          if (!unchanged.contains(k)) {
            Map<String, Object> m = new HashMap<>();
            m.put("kind", row.kind());
            m.put("key", row.key());
            m.put("code", row.code());
            m.put("data", row.data());
            open.add(m);
          }
        });
    if (!close.isEmpty() || !open.isEmpty()) {
      tx.run(WRITE, Map.of("version", version, "close", close, "open", open)).consume();
    }
  }

  private record Row(String kind, String key, String code, String data) {}

  /** One thing a version changed: its kind and key, and its state before and after (or null). */
  public record Changed(
      String kind, String key, Map<String, Object> before, Map<String, Object> after) {}

  /**
   * What {@code version} changed, by kind and key, read in the caller's transaction: the audit rows
   * of an import, and of a change whose graph transaction had committed before a crash.
   */
  public List<Changed> changesAt(TransactionContext tx, long version) {
    return tx.run(CHANGES_AT, Map.of("version", version))
        .list(
            r ->
                new Changed(
                    r.get("kind").asString(),
                    r.get("key").asString(),
                    r.get("before").isNull() ? null : parse(r.get("before").asString()),
                    r.get("after").isNull() ? null : parse(r.get("after").asString())));
  }

  /** A state as canonical JSON text: keys in order, so that an unchanged state compares equal. */
  private String text(Map<String, Object> data) {
    try {
      return json.writeValueAsString(new TreeMap<>(data));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The versions the intervals cover. */
  public Span span() {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      Record r = session.executeRead(tx -> tx.run(START).single());
      return new Span(r.get("first").asLong(0), r.get("current").asLong());
    }
  }

  /** The Swedish day each version was applied. */
  public NavigableMap<Long, LocalDate> versionDates() {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      NavigableMap<Long, LocalDate> out = new TreeMap<>();
      session.executeRead(
          tx -> {
            tx.run(VERSION_DATES)
                .forEachRemaining(
                    r -> {
                      ZonedDateTime at = r.get("at").asZonedDateTime();
                      out.put(r.get("version").asLong(), SwedishTime.dayOf(at.toInstant()));
                    });
            return null;
          });
      return out;
    }
  }

  /**
   * The version asked for as {@code ?version=N} or {@code ?asOf=YYYY-MM-DD} (never both): empty
   * when neither is given (the current model), else the version, checked against the versions the
   * graph keeps.
   *
   * @throws InvalidInputException for text that is no version or date, both given, an unknown or
   *     future version, or a day before the first version
   */
  public OptionalLong resolve(String version, String asOf, LocalDate today) {
    boolean hasVersion = version != null && !version.isBlank();
    boolean hasDate = asOf != null && !asOf.isBlank();
    if (hasVersion && hasDate) {
      throw new InvalidInputException("version.both").at("version");
    }
    if (!hasVersion && !hasDate) {
      return OptionalLong.empty();
    }
    Span span = span();
    if (hasVersion) {
      long n;
      try {
        n = Long.parseLong(version.strip());
      } catch (NumberFormatException e) {
        throw new InvalidInputException("version.invalid", version).at("version");
      }
      if (n < 1 || n > span.current()) {
        throw new InvalidInputException(
                "version.unknown", String.valueOf(n), String.valueOf(span.current()))
            .at("version");
      }
      if (span.first() == 0 || n < span.first()) {
        throw new InvalidInputException(
                "version.beforeHistory", String.valueOf(n), String.valueOf(span.first()))
            .at("version");
      }
      return OptionalLong.of(n);
    }
    LocalDate day =
        ProcesskartaException.about(
            "asOf", () -> SwedishTime.parseDate(asOf, "version.asOf.invalid"));
    if (day.isAfter(today)) {
      throw new InvalidInputException("version.asOf.future", day.toString(), today.toString())
          .at("asOf");
    }
    Long found = null;
    for (Map.Entry<Long, LocalDate> e : versionDates().entrySet()) {
      if (!e.getValue().isAfter(day) && e.getKey() >= span.first() && span.first() > 0) {
        found = e.getKey();
      }
    }
    if (found == null) {
      throw new InvalidInputException("version.asOf.beforeHistory", day.toString()).at("asOf");
    }
    return OptionalLong.of(found);
  }

  /** The model as it was at {@code version}, dated the day that version was applied. */
  public ModelSnapshot snapshot(long version) {
    return states.get(version, this::read).snapshot();
  }

  /** The organisational units and steering groups as they were at {@code version}. */
  public Organisation organisation(long version) {
    return states.get(version, this::read).organisation();
  }

  private State read(long version) {
    LocalDate date = versionDates().getOrDefault(version, SwedishTime.today(clock));
    List<Element> elements = new ArrayList<>();
    List<Person> people = new ArrayList<>();
    List<RoleAssignment> roles = new ArrayList<>();
    List<ResourcePool> pools = new ArrayList<>();
    List<Allocation> allocations = new ArrayList<>();
    List<OrgUnit> units = new ArrayList<>();
    List<SteeringGroup> groups = new ArrayList<>();
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      List<Record> rows = session.executeRead(tx -> tx.run(AT, Map.of("version", version)).list());
      for (Record r : rows) {
        Map<String, Object> d = parse(r.get("data").asString());
        switch (r.get("kind").asString()) {
          case "element" ->
              elements.add(
                  new Element(
                      Code.parse(s(d, "code")),
                      s(d, "name"),
                      s(d, "description"),
                      s(d, "purpose"),
                      s(d, "recipient"),
                      ElementStatus.valueOf(s(d, "status"))));
          case "person" ->
              people.add(
                  new Person(
                      s(d, "id"),
                      s(d, "name"),
                      s(d, "title"),
                      s(d, "email"),
                      s(d, "unit"),
                      s(d, "manager")));
          case "role" ->
              roles.add(
                  new RoleAssignment(
                      RoleKind.valueOf(s(d, "kind")),
                      Code.parse(s(d, "element")),
                      s(d, "person"),
                      period(d),
                      s(d, "competence"),
                      s(d, "delegatedBy"),
                      date(s(d, "delegatedAt"))));
          case "allocation" ->
              allocations.add(
                  new Allocation(
                      s(d, "person"),
                      Code.parse(s(d, "element")),
                      s(d, "pool"),
                      ((Number) d.get("percent")).intValue(),
                      period(d)));
          case "pool" -> {
            List<String> members = strings(d, "members");
            pools.add(
                new ResourcePool(
                    s(d, "id"), s(d, "name"), s(d, "competence"), s(d, "owner"), members));
          }
          case "unit" ->
              units.add(
                  new OrgUnit(
                      s(d, "id"), s(d, "name"), OrgUnitKind.valueOf(s(d, "kind")), s(d, "parent")));
          case "group" ->
              groups.add(
                  new SteeringGroup(
                      s(d, "id"),
                      s(d, "name"),
                      SteeringGroupKind.valueOf(s(d, "kind")),
                      strings(d, "supports").stream().map(Code::parse).toList(),
                      strings(d, "members")));
          default -> {
            // A kind this version of the service does not read: left out.
          }
        }
      }
    }
    roles.sort(
        java.util.Comparator.comparing((RoleAssignment a) -> a.element())
            .thenComparing(a -> a.kind().name())
            .thenComparing(RoleAssignment::personId)
            .thenComparing(a -> a.period().from()));
    allocations.sort(
        java.util.Comparator.comparing((Allocation a) -> a.element())
            .thenComparing(Allocation::personId)
            .thenComparing(Allocation::poolId)
            .thenComparing(a -> a.period().from()));
    units.sort(java.util.Comparator.comparing(OrgUnit::id));
    groups.sort(java.util.Comparator.comparing(SteeringGroup::id));
    return new State(
        new ModelSnapshot(
            String.valueOf(version), date, elements, people, roles, pools, allocations),
        new Organisation(units, groups));
  }

  private static List<String> strings(Map<String, Object> d, String key) {
    List<String> out = new ArrayList<>();
    if (d.get(key) instanceof List<?> l) {
      l.forEach(m -> out.add(String.valueOf(m)));
    }
    return out;
  }

  private Map<String, Object> parse(String text) {
    try {
      return json.readValue(text, Argument.mapOf(String.class, Object.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String s(Map<String, Object> d, String key) {
    Object v = d.get(key);
    return v == null ? null : v.toString();
  }

  private static LocalDate date(String text) {
    return SwedishTime.parseDate(text);
  }

  private static Period period(Map<String, Object> d) {
    return new Period(date(s(d, "from")), date(s(d, "to")));
  }
}
