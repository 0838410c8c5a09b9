package se.processkarta.roles;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import se.processkarta.graph.Cypher;
import se.processkarta.graph.ModelStamp;
import se.processkarta.model.Code;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Messages;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;
import se.processkarta.model.RoleRules;
import se.processkarta.model.SwedishTime;
import se.processkarta.roles.Rows.Held;

/**
 * The read side of roles: every query is asked as of a date, today by the injected clock when none
 * is given. Queries fetch what is stored for every date and {@link RoleRules} decides what holds on
 * the date, except for the model-wide gaps and conflicts reports, which filter in Cypher.
 */
@Singleton
public class RoleQueries {

  public static final int MAX_PEOPLE = 100;
  public static final int MAX_QUERY_LENGTH = 200;

  private static final String ELEMENT_ROLES = Cypher.load("roles/element-roles");
  private static final String GAPS = Cypher.load("roles/gaps");
  private static final String CONFLICTS = Cypher.load("roles/conflicts");
  private static final String PEOPLE_SEARCH = Cypher.load("roles/people-search");
  private static final String PERSON = Cypher.load("roles/person");
  private static final String OWNERS_OF = Cypher.load("roles/owners-of");
  private static final String POOLS = Cypher.load("roles/pools");
  private static final String POOL = Cypher.load("roles/pool");
  private static final String ORG_UNITS = Cypher.load("roles/org-units");

  private final Driver driver;
  private final Clock clock;
  private final ModelStamp stamp;

  /**
   * The model-wide reports by (model stamp, root, date): they read every process of the model, so
   * they are read again only after a write to the model (any instance's) raises the stamp.
   */
  private final Cache<ReportKey, Gaps> gapReports = Caffeine.newBuilder().maximumSize(32).build();

  private final Cache<ReportKey, Conflicts> conflictReports =
      Caffeine.newBuilder().maximumSize(32).build();

  private record ReportKey(long stamp, String root, LocalDate date, List<AssignmentLoad> extra) {
    ReportKey(long stamp, String root, LocalDate date) {
      this(stamp, root, date, List.of());
    }
  }

  /**
   * The hot reads by model stamp (element roles, the people search, the pool list): under load most
   * requests ask for the same few, and a cached answer costs the shared stamp read only.
   */
  private final Cache<ReadKey, Object> reads = Caffeine.newBuilder().maximumSize(4096).build();

  private record ReadKey(long stamp, String kind, List<Object> key) {}

  @SuppressWarnings("unchecked")
  private <T> T cached(String kind, List<Object> key, java.util.function.Supplier<T> read) {
    return (T) reads.get(new ReadKey(stamp.current(), kind, key), k -> read.get());
  }

  private final List<WorkloadSource> workload;

  RoleQueries(Driver driver, Clock clock, ModelStamp stamp, List<WorkloadSource> workload) {
    this.driver = driver;
    this.clock = clock;
    this.stamp = stamp;
    this.workload = List.copyOf(workload);
  }

  /** Explicit, effective and inherited roles on an element, its team, allocations and pools. */
  public ElementRoles elementRoles(Code code, @Nullable LocalDate date, Locale locale) {
    LocalDate day = SwedishTime.orToday(date, clock);
    return cached(
        "elementRoles",
        List.of(code.toString(), day, locale.toLanguageTag()),
        () -> readElementRoles(code, day, locale));
  }

  private ElementRoles readElementRoles(Code code, LocalDate day, Locale locale) {
    List<String> lineage = code.lineage().stream().map(Code::toString).toList();
    Record r =
        read(ELEMENT_ROLES, Map.of("code", code.toString(), "lineage", lineage)).stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("element.notFound", code.toString()));
    Map<Code, RoleViews.LineElement> line = new HashMap<>();
    for (Value v : r.get("line").values()) {
      Code c = Code.parse(v.get("code").asString());
      line.put(
          c,
          new RoleViews.LineElement(
              c,
              v.get("name").asString(),
              v.get("level").asInt(),
              v.get("status").asString(ElementStatus.PUBLISHED.name())));
    }
    List<Held> roles =
        r.get("roles").asList(v -> Rows.held(v, v.get("person").get("id").asString()));
    List<Held> team =
        r.get("team")
            .asList(
                v -> {
                  PersonRef p = Rows.person(v.get("person"));
                  return new Held(
                      new RoleAssignment(
                          RoleKind.TEAM_MEMBER,
                          code,
                          p.id(),
                          Rows.period(v),
                          v.get("competence").asString(null),
                          null,
                          null),
                      p,
                      null);
                });
    List<RoleViews.AllocationFact> allocations =
        r.get("allocations")
            .asList(
                a ->
                    new RoleViews.AllocationFact(
                        Rows.person(a.get("person")),
                        a.get("percent").asInt(),
                        Rows.period(a),
                        Rows.pool(a.get("pool"), a.get("poolId").asString(), a.get("poolOwner"))));
    List<SteeringGroupRef> groups =
        r.get("groups")
            .asList(
                g ->
                    new SteeringGroupRef(
                        g.get("id").asString(),
                        g.get("name").asString(),
                        g.get("kind").asString(),
                        g.get("supports").asString()));
    return RoleViews.element(
        new RoleViews.ElementFacts(code, line, roles, team, allocations, groups), day, locale);
  }

  /** People whose id, name or title contains {@code q}; everyone (up to a limit) without it. */
  public List<PersonListItem> people(@Nullable String q) {
    String text = q == null || q.isBlank() ? null : q.strip().toLowerCase(Messages.SWEDISH);
    if (text != null && text.length() > MAX_QUERY_LENGTH) {
      throw new InvalidInputException("search.tooLong", String.valueOf(MAX_QUERY_LENGTH));
    }
    return cached("people", java.util.Arrays.asList(text), () -> readPeople(text));
  }

  private List<PersonListItem> readPeople(@Nullable String text) {
    Map<String, Object> params = new HashMap<>();
    params.put("q", text);
    params.put("limit", MAX_PEOPLE);
    return read(PEOPLE_SEARCH, params).stream()
        .map(r -> listItem(r.get("person"), r.get("unit")))
        .toList();
  }

  /** Every responsibility of a person on a date, with the reporting chain of each. */
  public PersonResponsibilities person(String id, @Nullable LocalDate date) {
    LocalDate day = SwedishTime.orToday(date, clock);
    Record r =
        read(PERSON, Map.of("id", id == null ? "" : id)).stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("roles.person.notFound", String.valueOf(id)));
    List<RoleViews.HeldOn> roles =
        r.get("roles")
            .asList(
                v ->
                    new RoleViews.HeldOn(
                        Rows.held(v, id),
                        v.get("name").asString(),
                        v.get("level").asInt(),
                        v.get("status").asString(ElementStatus.PUBLISHED.name())));
    List<String> codes =
        RoleViews.chainCodes(roles.stream().map(RoleViews.HeldOn::held).toList(), day).stream()
            .map(Code::toString)
            .toList();
    List<RoleViews.PersonAllocation> allocations =
        r.get("allocations")
            .asList(
                a ->
                    new RoleViews.PersonAllocation(
                        a.get("code").asString(),
                        a.get("name").asString(),
                        a.get("percent").asInt(),
                        Rows.period(a),
                        Rows.pool(a.get("pool"), a.get("poolId").asString(), a.get("poolOwner"))));
    List<PoolRef> ownsPools =
        r.get("ownsPools").asList(p -> Rows.pool(p, p.get("id").asString(), r.get("person")));
    List<PoolRef> inPools =
        r.get("inPools")
            .asList(
                p -> Rows.pool(p.get("pool"), p.get("pool").get("id").asString(), p.get("owner")));
    List<SteeringGroupRef> groups =
        r.get("groups")
            .asList(
                g ->
                    new SteeringGroupRef(
                        g.get("id").asString(),
                        g.get("name").asString(),
                        g.get("kind").asString(),
                        null));
    return RoleViews.person(
        new RoleViews.PersonFacts(
            listItem(r.get("person"), r.get("unit")),
            roles,
            allocations,
            ownersOf(codes),
            ownsPools,
            inPools,
            groups),
        day);
  }

  /** Published processes without an owner, and those where the owner acts as lead. */
  public Gaps gaps(@Nullable Code root, @Nullable LocalDate date) {
    LocalDate day = SwedishTime.orToday(date, clock);
    return gapReports.get(
        new ReportKey(stamp.current(), root == null ? "" : root.toString(), day),
        k -> readGaps(root, day));
  }

  private Gaps readGaps(@Nullable Code root, LocalDate day) {
    if (root != null && read(OWNERS_OF, Map.of("codes", List.of(root.toString()))).isEmpty()) {
      throw new NotFoundException("element.notFound", root.toString());
    }
    Map<String, Object> params = new HashMap<>();
    params.put("root", root == null ? "" : root.toString());
    params.put("prefix", root == null ? "" : root + ".");
    params.put("date", day);
    List<GapItem> missing = new ArrayList<>();
    List<GapItem> ownerLeads = new ArrayList<>();
    for (Record r : read(GAPS, params)) {
      PersonRef owner = Rows.person(r.get("owner"));
      GapItem item = new GapItem(r.get("code").asString(), r.get("name").asString(), owner);
      if (owner == null) {
        missing.add(item);
      } else if (!r.get("hasLead").asBoolean()) {
        ownerLeads.add(item);
      }
    }
    return new Gaps(root == null ? null : root.toString(), day, missing, ownerLeads);
  }

  /**
   * Everyone allocated above 100 % on a date, with the resursägare and process owners to involve.
   */
  public Conflicts conflicts(@Nullable LocalDate date) {
    LocalDate day = SwedishTime.orToday(date, clock);
    // The assignments' shares live outside the graph, so they are part of the cache key: a newly
    // decided assignment shows at once although the model stamp did not move.
    List<AssignmentLoad> extra = new ArrayList<>();
    workload.forEach(w -> extra.addAll(w.loads(day)));
    return conflictReports.get(
        new ReportKey(stamp.current(), "", day, List.copyOf(extra)),
        k -> readConflicts(day, k.extra()));
  }

  private Conflicts readConflicts(LocalDate day, List<AssignmentLoad> extra) {
    Map<String, Integer> extraPercent = new HashMap<>();
    Map<String, List<AssignmentLoad>> byPerson = new HashMap<>();
    for (AssignmentLoad l : extra) {
      extraPercent.merge(l.personId(), l.percent(), Integer::sum);
      byPerson.computeIfAbsent(l.personId(), k -> new ArrayList<>()).add(l);
    }
    List<OverAllocation> out = new ArrayList<>();
    for (Record r :
        read(
            CONFLICTS,
            Map.of(
                "date",
                day,
                "maxPercent",
                RoleRules.MAX_TOTAL_PERCENT,
                "extra",
                extraPercent,
                "extraIds",
                List.copyOf(extraPercent.keySet())))) {
      PersonRef person = Rows.person(r.get("person"));
      List<AllocationView> lines = new ArrayList<>();
      Map<String, PersonRef> resourceOwners = new LinkedHashMap<>();
      Map<String, PersonRef> processOwners = new LinkedHashMap<>();
      for (Value a : r.get("allocations").values()) {
        PoolRef pool = Rows.pool(a.get("pool"), a.get("poolId").asString(), a.get("resourceOwner"));
        if (pool.owner() != null) {
          resourceOwners.putIfAbsent(pool.owner().id(), pool.owner());
        }
        PersonRef processOwner = Rows.person(a.get("processOwner"));
        if (processOwner != null) {
          processOwners.putIfAbsent(processOwner.id(), processOwner);
        }
        lines.add(
            new AllocationView(
                person,
                a.get("code").asString(),
                a.get("name").asString(),
                a.get("percent").asInt(),
                Rows.date(a.get("from")),
                Rows.date(a.get("to")),
                pool));
      }
      out.add(
          new OverAllocation(
              person,
              r.get("total").asInt(),
              lines,
              List.copyOf(resourceOwners.values()),
              List.copyOf(processOwners.values()),
              byPerson.getOrDefault(person.id(), List.of())));
    }
    return new Conflicts(day, out);
  }

  public List<PoolSummary> resourcePools() {
    return cached("pools", List.of(), this::readResourcePools);
  }

  private List<PoolSummary> readResourcePools() {
    return read(POOLS, Map.of()).stream()
        .map(
            r ->
                new PoolSummary(
                    r.get("pool").get("id").asString(),
                    r.get("pool").get("name").asString(),
                    r.get("pool").get("competence").asString(null),
                    Rows.person(r.get("owner")),
                    r.get("members").asInt()))
        .toList();
  }

  public PoolDetail resourcePool(String id, @Nullable LocalDate date) {
    LocalDate day = SwedishTime.orToday(date, clock);
    Record r =
        read(POOL, Map.of("id", id == null ? "" : id)).stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("roles.pool.notFound", String.valueOf(id)));
    Value pool = r.get("pool");
    PoolRef ref = Rows.pool(pool, id, r.get("owner"));
    List<AllocationView> allocations = new ArrayList<>();
    for (Value a : r.get("allocations").values()) {
      if (Rows.period(a).contains(day)) {
        allocations.add(
            new AllocationView(
                Rows.person(a.get("person")),
                a.get("code").asString(),
                a.get("name").asString(),
                a.get("percent").asInt(),
                Rows.date(a.get("from")),
                Rows.date(a.get("to")),
                ref));
      }
    }
    return new PoolDetail(
        ref.id(),
        ref.name(),
        ref.competence(),
        ref.owner(),
        day,
        r.get("members").asList(Rows::person),
        allocations);
  }

  public List<OrgUnitView> orgUnits() {
    return read(ORG_UNITS, Map.of()).stream()
        .map(
            r ->
                new OrgUnitView(
                    r.get("id").asString(),
                    r.get("name").asString(),
                    r.get("kind").asString(),
                    r.get("parentId").asString(null),
                    r.get("people").asInt()))
        .toList();
  }

  /** The owners of a set of elements, for every date, with the element names for chain links. */
  private RoleViews.Owners ownersOf(Collection<String> codes) {
    Map<Code, String> names = new HashMap<>();
    Map<Code, List<Held>> owners = new HashMap<>();
    if (!codes.isEmpty()) {
      for (Record r : read(OWNERS_OF, Map.of("codes", List.copyOf(codes)))) {
        Code c = Code.parse(r.get("code").asString());
        names.put(c, r.get("name").asString(c.toString()));
        List<Held> held = new ArrayList<>();
        for (Value o : r.get("owners").values()) {
          PersonRef p = Rows.person(o.get("person"));
          held.add(
              new Held(
                  new RoleAssignment(RoleKind.OWNER, c, p.id(), Rows.period(o), null, null, null),
                  p,
                  null));
        }
        owners.put(c, held);
      }
    }
    return new RoleViews.Owners(names, owners);
  }

  private static PersonListItem listItem(Value p, Value unit) {
    UnitRef u =
        unit == null || unit.isNull()
            ? null
            : new UnitRef(
                unit.get("id").asString(),
                unit.get("name").asString(),
                unit.get("kind").asString());
    return new PersonListItem(
        p.get("id").asString(),
        p.get("name").asString(),
        p.get("title").asString(null),
        p.get("email").asString(null),
        u);
  }

  private List<Record> read(String cypher, Map<String, Object> params) {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      return session.executeRead(tx -> tx.run(cypher, params).list());
    }
  }
}
