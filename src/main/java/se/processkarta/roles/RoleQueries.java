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
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Value;
import se.processkarta.graph.Cypher;
import se.processkarta.graph.ModelStamp;
import se.processkarta.model.Code;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Level;
import se.processkarta.model.Messages;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.Period;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;
import se.processkarta.model.RoleRules;
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
    LocalDate day = RoleRules.asOf(date, clock);
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
    Map<Code, Value> line = new HashMap<>();
    r.get("line").values().forEach(v -> line.put(Code.parse(v.get("code").asString()), v));
    Value self = line.get(code);
    List<Held> roles =
        r.get("roles").asList(v -> Rows.held(v, v.get("person").get("id").asString()));

    Function<Code, Optional<Held>> ownerOn = c -> current(roles, c, RoleKind.OWNER, day);
    Optional<Held> owner = ownerOn.apply(code);
    Optional<Held> lead = current(roles, code, RoleKind.LEAD, day);
    RoleHolder ownerView =
        owner
            .map(h -> holder(h, line, false))
            .or(
                () ->
                    RoleRules.inheritedOwner(code, ownerOn)
                        .map(link -> holder(link.owner(), line, true)))
            .orElse(null);
    EffectiveLeadView effective =
        RoleRules.effectiveLead(owner, lead)
            .map(
                e ->
                    new EffectiveLeadView(
                        e.person().person(),
                        e.basis().name(),
                        Messages.format(
                            locale, "roles.effectiveLead." + e.basis().name(), List.of())))
            .orElse(null);
    List<ChainLinkView> chain =
        RoleRules.reportingChain(code, ownerOn).stream()
            .map(l -> link(l.element(), name(line.get(l.element())), l.owner().person()))
            .toList();

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
    List<TeamMemberView> teamNow =
        team.stream()
            .filter(h -> h.role().isActiveOn(day))
            .map(
                h ->
                    new TeamMemberView(
                        h.person(),
                        h.role().competence(),
                        h.role().period().from(),
                        h.role().period().to()))
            .toList();

    List<AllocationView> allocations = new ArrayList<>();
    Map<String, PoolRef> pools = new LinkedHashMap<>();
    for (Value a : r.get("allocations").values()) {
      if (Rows.period(a).contains(day)) {
        PoolRef pool = Rows.pool(a.get("pool"), a.get("poolId").asString(), a.get("poolOwner"));
        pools.putIfAbsent(pool.id(), pool);
        allocations.add(
            new AllocationView(
                Rows.person(a.get("person")),
                code.toString(),
                self.get("name").asString(),
                a.get("percent").asInt(),
                Rows.date(a.get("from")),
                Rows.date(a.get("to")),
                pool));
      }
    }
    List<SteeringGroupRef> groups =
        r.get("groups")
            .asList(
                g ->
                    new SteeringGroupRef(
                        g.get("id").asString(),
                        g.get("name").asString(),
                        g.get("kind").asString(),
                        g.get("supports").asString()));

    Level level = Level.ofNumber(self.get("level").asInt());
    ElementStatus status = ElementStatus.valueOf(self.get("status").asString("PUBLISHED"));
    return new ElementRoles(
        code.toString(),
        self.get("name").asString(),
        level.number(),
        status.name(),
        day,
        ownerView,
        lead.map(h -> holder(h, line, false)).orElse(null),
        effective,
        effective != null && RoleRules.LeadBasis.OWNER.name().equals(effective.basis()),
        RoleRules.isGap(level, status, owner.isPresent()),
        chain,
        teamNow,
        allocations,
        List.copyOf(pools.values()),
        groups);
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
    LocalDate day = RoleRules.asOf(date, clock);
    Record r =
        read(PERSON, Map.of("id", id == null ? "" : id)).stream()
            .findFirst()
            .orElseThrow(() -> new NotFoundException("roles.person.notFound", String.valueOf(id)));
    List<Value> roleRows = new ArrayList<>();
    for (Value v : r.get("roles").values()) {
      if (Rows.period(v).contains(day)) {
        roleRows.add(v);
      }
    }
    Set<String> codes = new TreeSet<>();
    roleRows.forEach(
        v -> Code.parse(v.get("code").asString()).lineage().forEach(c -> codes.add(c.toString())));
    OwnersByElement owners = ownersOf(codes, day);
    List<Responsibility> responsibilities = new ArrayList<>();
    for (Value v : roleRows) {
      Held h = Rows.held(v, id);
      Code c = h.role().element();
      List<ChainLinkView> reportsTo = new ArrayList<>();
      if (h.role().kind() != RoleKind.OWNER) {
        owners.ownerOn(c).ifPresent(o -> reportsTo.add(owners.link(c, o)));
      }
      RoleRules.reportingChain(c, owners::ownerOn)
          .forEach(l -> reportsTo.add(owners.link(l.element(), l.owner())));
      responsibilities.add(
          new Responsibility(
              h.role().kind().name(),
              c.toString(),
              v.get("name").asString(),
              v.get("level").asInt(),
              v.get("status").asString("PUBLISHED"),
              h.role().period().from(),
              h.role().period().to(),
              h.role().competence(),
              h.delegatedBy(),
              h.role().delegatedAt(),
              reportsTo));
    }
    PersonRef self = Rows.person(r.get("person"));
    List<AllocationView> allocations = new ArrayList<>();
    int total = 0;
    for (Value a : r.get("allocations").values()) {
      if (Rows.period(a).contains(day)) {
        total += a.get("percent").asInt();
        allocations.add(
            new AllocationView(
                self,
                a.get("code").asString(),
                a.get("name").asString(),
                a.get("percent").asInt(),
                Rows.date(a.get("from")),
                Rows.date(a.get("to")),
                Rows.pool(a.get("pool"), a.get("poolId").asString(), a.get("poolOwner"))));
      }
    }
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
    return new PersonResponsibilities(
        listItem(r.get("person"), r.get("unit")),
        day,
        responsibilities,
        allocations,
        total,
        RoleRules.isOverAllocated(total),
        ownsPools,
        inPools,
        groups);
  }

  /** Published processes without an owner, and those where the owner acts as lead. */
  public Gaps gaps(@Nullable Code root, @Nullable LocalDate date) {
    LocalDate day = RoleRules.asOf(date, clock);
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
    LocalDate day = RoleRules.asOf(date, clock);
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
    LocalDate day = RoleRules.asOf(date, clock);
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

  /** Current owners of a set of elements on a day, with the element names for chain links. */
  private record OwnersByElement(
      Map<Code, String> names, Map<Code, List<Held>> owners, LocalDate day) {
    Optional<PersonRef> ownerOn(Code c) {
      List<Held> held = owners.getOrDefault(c, List.of());
      return RoleRules.current(roles(held), RoleKind.OWNER, day)
          .flatMap(ra -> held.stream().filter(h -> h.role() == ra).findFirst())
          .map(Held::person);
    }

    ChainLinkView link(Code c, PersonRef owner) {
      return RoleQueries.link(c, names.get(c), owner);
    }
  }

  private OwnersByElement ownersOf(Collection<String> codes, LocalDate day) {
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
    return new OwnersByElement(names, owners, day);
  }

  private static String name(Value element) {
    return element == null ? null : element.get("name").asString();
  }

  private static Optional<Held> current(List<Held> roles, Code code, RoleKind kind, LocalDate day) {
    List<Held> on = roles.stream().filter(h -> h.role().element().equals(code)).toList();
    return RoleRules.current(roles(on), kind, day)
        .flatMap(ra -> on.stream().filter(h -> h.role() == ra).findFirst());
  }

  private static List<RoleAssignment> roles(List<Held> held) {
    return held.stream().map(Held::role).toList();
  }

  private static RoleHolder holder(Held h, Map<Code, Value> line, boolean inherited) {
    Code c = h.role().element();
    Value e = line.get(c);
    Period p = h.role().period();
    return new RoleHolder(
        h.person(),
        c.toString(),
        e == null ? c.toString() : e.get("name").asString(),
        p.from(),
        p.to(),
        h.delegatedBy(),
        h.role().delegatedAt(),
        inherited);
  }

  private static ChainLinkView link(Code c, String name, PersonRef owner) {
    return new ChainLinkView(
        c.toString(), name == null ? c.toString() : name, c.level().number(), owner);
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
