package se.processkarta.changes.apply;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.neo4j.driver.Record;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import se.processkarta.graph.Cypher;
import se.processkarta.hierarchy.ElementDraft;
import se.processkarta.hierarchy.HierarchyRules;
import se.processkarta.hierarchy.HierarchyService;
import se.processkarta.model.Allocation;
import se.processkarta.model.Code;
import se.processkarta.model.ConflictException;
import se.processkarta.model.Element;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Level;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.Period;
import se.processkarta.model.Person;
import se.processkarta.model.ProcesskartaException;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;
import se.processkarta.model.RoleRules;
import se.processkarta.roles.ModelPeople;
import se.processkarta.roles.RoleService;
import se.processkarta.roles.Rows;

/**
 * The part of the model a change touches, read once (five statements, whatever the size of the
 * change) and then changed in memory operation by operation with the same rules and the same
 * messages as the tree's and the roles' commands. It answers each operation's before and after and
 * each failing operation's reason, and gathers what the change writes into batches: consecutive
 * operations up to the next move become one element upsert and one people-side upsert (a move is
 * written on its own, since it recodes a subtree that later operations may name by its new code).
 *
 * <p>Not thread-safe: one view per check or apply, inside one transaction.
 */
final class ChangeEngine {

  private static final String ELEMENTS = Cypher.load("apply/view-elements");
  private static final String ROLES = Cypher.load("apply/view-roles");
  private static final String PEOPLE = Cypher.load("apply/view-people");
  private static final String ORG_UNITS = Cypher.load("apply/view-org-units");
  private static final String POOLS = Cypher.load("apply/view-pools");
  private static final String LOCK_ELEMENTS = Cypher.load("apply/lock-elements");

  /** An element as the change sees it; its roles travel with it when it is recoded by a move. */
  private static final class El {
    String code;
    String name;
    String description;
    String purpose;
    String recipient;
    String status;
    long level;
    El parent;
    String parentCode; // when the parent is not in the view
    final List<Rel> roles = new ArrayList<>();

    String parent() {
      return parent != null ? parent.code : parentCode;
    }

    void set(Element e) {
      name = e.name();
      description = e.description();
      purpose = e.purpose();
      recipient = e.recipient();
      status = e.status().name();
    }

    /**
     * As {@code hierarchy/element-state} reads it: the before and after of an element operation.
     */
    Map<String, Object> state() {
      Map<String, Object> out = new TreeMap<>();
      out.put("code", code);
      out.put("name", name);
      out.put("description", description);
      out.put("purpose", purpose);
      out.put("recipient", recipient);
      out.put("status", status);
      out.put("level", level);
      out.put("parent", parent());
      return out;
    }
  }

  /** A role relationship as stored: its properties as the graph holds them. */
  private static final class Rel {
    RoleKind kind;
    String person;
    LocalDate from;
    LocalDate to;
    String competence;
    String delegatedBy;
    LocalDate delegatedAt;
  }

  private record Pers(
      String id, String name, String title, String email, String unit, String manager) {
    /** A person's own fields and unit: the before and after of a person operation. */
    Map<String, Object> state() {
      Map<String, Object> out = new TreeMap<>();
      out.put("id", id);
      out.put("name", name);
      out.put("title", title);
      out.put("email", email);
      out.put("unit", unit);
      if (manager != null) {
        // Only when there is one: a person's state without a manager stays as it always was.
        out.put("manager", manager);
      }
      return out;
    }
  }

  /** A step of the write: a move on its own, or a batch of everything up to the next move. */
  sealed interface Step {}

  record Move(int index, ModelEdit.MoveElement edit) implements Step {}

  /** What a run of operations writes, each thing once in its last state, in upsert order. */
  static final class Batch implements Step {
    final int firstIndex;
    final Map<String, ElementDraft> elements = new LinkedHashMap<>();
    final Map<String, Person> people = new LinkedHashMap<>();
    final Map<String, RoleAssignment> roles = new LinkedHashMap<>();
    final Map<String, Allocation> allocations = new LinkedHashMap<>();
    final Map<String, Integer> locks = new LinkedHashMap<>();

    Batch(int firstIndex) {
      this.firstIndex = firstIndex;
    }

    void lock(Code code) {
      locks.merge(code.toString(), 1, Integer::sum);
    }

    ModelPeople peopleSide() {
      return new ModelPeople(
          List.of(),
          List.copyOf(people.values()),
          List.of(),
          List.of(),
          List.copyOf(roles.values()),
          List.copyOf(allocations.values()));
    }
  }

  /** Every failing operation, what the others do, and the steps that write them. */
  record Outcome(
      List<EditsRejectedException.Failure> failures,
      List<ModelWriter.Trace> traces,
      List<Step> steps) {}

  private final TreeMap<String, El> elements = new TreeMap<>();
  private final Map<String, Pers> people = new HashMap<>();
  private final Map<String, String> holderNames = new HashMap<>();
  private final Set<String> units = new HashSet<>();
  private final Map<String, List<String>> pools = new HashMap<>();
  private final List<Step> steps = new ArrayList<>();
  private Batch batch;

  private ChangeEngine() {}

  /** Reads what {@code edits} touch, in the caller's transaction. */
  static ChangeEngine load(TransactionContext tx, List<ModelEdit> edits) {
    Set<String> codes = new LinkedHashSet<>();
    Set<String> prefixes = new LinkedHashSet<>();
    Set<String> ids = new LinkedHashSet<>();
    Set<String> unitIds = new LinkedHashSet<>();
    Set<String> poolIds = new LinkedHashSet<>();
    for (ModelEdit e : edits) {
      if (e instanceof ModelEdit.CreateElement c) {
        add(codes, c.element().code());
        c.parent().ifPresent(p -> add(codes, p));
      } else if (e instanceof ModelEdit.UpdateElement u) {
        add(codes, u.code());
      } else if (e instanceof ModelEdit.MoveElement m) {
        add(codes, m.code());
        add(codes, m.newParent());
        add(codes, m.newCode());
        prefixes.add(m.code() + ".");
        prefixes.add(m.newCode() + ".");
      } else if (e instanceof ModelEdit.RetireElement r) {
        add(codes, r.code());
        prefixes.add(r.code() + ".");
      } else if (e instanceof ModelEdit.AssignRole a) {
        add(codes, a.role().element());
        ids.add(a.role().personId());
        if (a.role().delegatedBy() != null) {
          ids.add(a.role().delegatedBy());
        }
      } else if (e instanceof ModelEdit.EndRole r) {
        add(codes, r.code());
        ids.add(r.personId());
      } else if (e instanceof ModelEdit.CreatePerson c) {
        ids.add(c.person().id());
        if (c.person().unitId() != null) {
          unitIds.add(c.person().unitId());
        }
      } else if (e instanceof ModelEdit.UpdatePerson u) {
        ids.add(u.id());
        String unit = blankToNull(u.orgUnit());
        if (unit != null) {
          unitIds.add(unit);
        }
      } else if (e instanceof ModelEdit.Allocate a) {
        add(codes, a.allocation().element());
        ids.add(a.allocation().personId());
        poolIds.add(a.allocation().poolId());
      }
    }
    ChangeEngine v = new ChangeEngine();
    v.read(tx, codes, prefixes, ids, unitIds, poolIds);
    return v;
  }

  /** A code and its parent: an update's placement is checked against its parent's level. */
  private static void add(Set<String> codes, Code code) {
    codes.add(code.toString());
    code.parent().ifPresent(p -> codes.add(p.toString()));
  }

  private void read(
      TransactionContext tx,
      Set<String> codes,
      Set<String> prefixes,
      Set<String> ids,
      Set<String> unitIds,
      Set<String> poolIds) {
    Map<String, String> parentOf = new HashMap<>();
    if (!codes.isEmpty() || !prefixes.isEmpty()) {
      for (Record r :
          tx.run(ELEMENTS, Map.of("codes", List.copyOf(codes), "prefixes", List.copyOf(prefixes)))
              .list()) {
        Value e = r.get("element");
        El el = new El();
        el.code = e.get("code").asString();
        el.name = e.get("name").asString(null);
        el.description = e.get("description").asString(null);
        el.purpose = e.get("purpose").asString(null);
        el.recipient = e.get("recipient").asString(null);
        el.status = e.get("status").asString(null);
        el.level = e.get("level").asLong(0);
        elements.put(el.code, el);
        parentOf.put(el.code, r.get("parent").asString(null));
      }
    }
    for (El el : elements.values()) {
      el.parentCode = parentOf.get(el.code);
      el.parent = el.parentCode == null ? null : elements.get(el.parentCode);
    }
    if (!elements.isEmpty()) {
      for (Record r : tx.run(ROLES, Map.of("codes", List.copyOf(elements.keySet()))).list()) {
        Rel rel = new Rel();
        rel.kind = RoleKind.valueOf(r.get("kind").asString());
        rel.person = r.get("person").asString();
        rel.from = Rows.date(r.get("from"));
        rel.to = Rows.date(r.get("to"));
        rel.competence = r.get("competence").asString(null);
        rel.delegatedBy = r.get("delegatedBy").asString(null);
        rel.delegatedAt = Rows.date(r.get("delegatedAt"));
        elements.get(r.get("code").asString()).roles.add(rel);
        holderNames.put(rel.person, r.get("name").asString(null));
      }
    }
    if (!ids.isEmpty()) {
      for (Record r : tx.run(PEOPLE, Map.of("ids", List.copyOf(ids))).list()) {
        Value p = r.get("person");
        String unit = r.get("unit").asString(null);
        Pers pers =
            new Pers(
                p.get("id").asString(),
                p.get("name").asString(null),
                p.get("title").asString(null),
                p.get("email").asString(null),
                unit,
                p.get("managerId").asString(null));
        people.put(pers.id(), pers);
        if (unit != null) {
          units.add(unit);
        }
      }
    }
    if (!unitIds.isEmpty()) {
      tx.run(ORG_UNITS, Map.of("ids", List.copyOf(unitIds)))
          .forEachRemaining(r -> units.add(r.get("id").asString()));
    }
    if (!poolIds.isEmpty()) {
      tx.run(POOLS, Map.of("ids", List.copyOf(poolIds)))
          .forEachRemaining(
              r -> pools.put(r.get("id").asString(), r.get("members").asList(Value::asString)));
    }
  }

  /**
   * Runs the edits in order against the view. A failing operation changes nothing and is reported
   * with its index; with {@code stopAtFirst} the run ends there.
   */
  Outcome run(List<ModelEdit> edits, boolean stopAtFirst) {
    List<EditsRejectedException.Failure> failures = new ArrayList<>();
    List<ModelWriter.Trace> traces = new ArrayList<>();
    for (int i = 0; i < edits.size(); i++) {
      ModelEdit e = edits.get(i);
      try {
        traces.add(apply(i, e));
      } catch (ProcesskartaException ex) {
        failures.add(EditsRejectedException.Failure.of(i, e.op(), ex));
        if (stopAtFirst) {
          break;
        }
      }
    }
    return new Outcome(failures, traces, List.copyOf(steps));
  }

  /**
   * Applies one edit, throwing the exception of the rule it breaks, and answers what it writes (for
   * the roles' own commands, which run one edit at a time).
   */
  Batch applyOrThrow(ModelEdit edit) {
    apply(0, edit);
    return batch == null ? new Batch(0) : batch;
  }

  /** Writes a batch in the caller's transaction: elements, the element locks, the people side. */
  static void write(TransactionContext tx, Batch b, HierarchyService hierarchy, RoleService roles) {
    if (!b.elements.isEmpty()) {
      hierarchy.upsert(tx, List.copyOf(b.elements.values()));
    }
    if (!b.locks.isEmpty()) {
      List<Map<String, Object>> rows = new ArrayList<>(b.locks.size());
      b.locks.forEach((code, n) -> rows.add(Map.of("code", code, "writes", n)));
      tx.run(LOCK_ELEMENTS, Map.of("rows", rows)).consume();
    }
    ModelPeople side = b.peopleSide();
    if (!side.isEmpty()) {
      roles.upsert(tx, side);
    }
  }

  private Batch batch(int index) {
    if (batch == null) {
      batch = new Batch(index);
      steps.add(batch);
    }
    return batch;
  }

  // Each branch checks everything before it changes anything, so that a failing operation leaves
  // the view as it was.
  private ModelWriter.Trace apply(int i, ModelEdit edit) {
    if (edit instanceof ModelEdit.CreateElement c) {
      return create(i, c);
    }
    if (edit instanceof ModelEdit.UpdateElement u) {
      return update(i, u);
    }
    if (edit instanceof ModelEdit.MoveElement m) {
      return move(i, m);
    }
    if (edit instanceof ModelEdit.RetireElement r) {
      return retire(i, r);
    }
    if (edit instanceof ModelEdit.AssignRole a) {
      return assign(i, a);
    }
    if (edit instanceof ModelEdit.EndRole r) {
      return endRole(i, r);
    }
    if (edit instanceof ModelEdit.CreatePerson c) {
      return createPerson(i, c);
    }
    if (edit instanceof ModelEdit.UpdatePerson u) {
      return updatePerson(i, u);
    }
    if (edit instanceof ModelEdit.Allocate a) {
      return allocate(i, a);
    }
    throw new IllegalStateException("unknown edit " + edit.op());
  }

  private ModelWriter.Trace create(int i, ModelEdit.CreateElement c) {
    Code code = c.element().code();
    if (elements.containsKey(code.toString())) {
      throw new ConflictException("element.exists", code.toString()).at("code");
    }
    ElementDraft d = new ElementDraft(c.element(), c.parent(), code.level());
    HierarchyRules.checkPlacement(d, x -> x.equals(code) ? Optional.of(d.level()) : levelOf(x));
    El el = new El();
    el.code = code.toString();
    el.set(c.element());
    el.level = d.level().number();
    el.parentCode = c.parent().map(Code::toString).orElse(null);
    el.parent = el.parentCode == null ? null : elements.get(el.parentCode);
    elements.put(el.code, el);
    batch(i).elements.put(el.code, d);
    return trace(i, c, el.code, null, el.state());
  }

  private ModelWriter.Trace update(int i, ModelEdit.UpdateElement u) {
    El el = element(u.code());
    Map<String, Object> before = el.state();
    Element e =
        new Element(
            u.code(),
            u.name() != null ? u.name() : el.name,
            u.description() != null ? u.description() : el.description,
            u.purpose() != null ? u.purpose() : el.purpose,
            u.recipient() != null ? u.recipient() : el.recipient,
            ElementStatus.valueOf(el.status));
    ElementDraft d = ElementDraft.of(e);
    HierarchyRules.checkPlacement(d, x -> x.equals(d.code()) ? Optional.of(d.level()) : levelOf(x));
    el.set(e);
    el.level = d.level().number();
    batch(i).elements.put(el.code, d);
    return trace(i, u, el.code, before, el.state());
  }

  private ModelWriter.Trace move(int i, ModelEdit.MoveElement m) {
    Code code = m.code();
    Code newCode = m.newCode();
    El el = element(code);
    Map<String, Object> before = el.state();
    if (newCode.level() != code.level()) {
      throw new InvalidInputException(
              "element.move.level",
              code.toString(),
              newCode.toString(),
              String.valueOf(code.level().number()))
          .at("newCode");
    }
    Element moved =
        new Element(newCode, el.name, null, null, null, ElementStatus.valueOf(el.status));
    HierarchyRules.checkPlacement(
        new ElementDraft(moved, Optional.of(m.newParent()), code.level()),
        this::levelOf,
        "newCode",
        "newParentCode");
    if (!code.equals(newCode)) {
      String from = code.toString();
      List<El> olds = new ArrayList<>();
      olds.add(el);
      olds.addAll(descendants(from));
      Set<String> oldCodes = new HashSet<>();
      olds.forEach(o -> oldCodes.add(o.code));
      List<String> news = new ArrayList<>();
      for (El old : olds) {
        String recoded = Code.parse(newCode + old.code.substring(from.length())).toString();
        if (elements.containsKey(recoded) && !oldCodes.contains(recoded)) {
          throw new ConflictException("element.exists", recoded).at("newCode");
        }
        news.add(recoded);
      }
      olds.forEach(o -> elements.remove(o.code));
      for (int k = 0; k < olds.size(); k++) {
        olds.get(k).code = news.get(k);
        elements.put(news.get(k), olds.get(k));
      }
      el.parentCode = m.newParent().toString();
      el.parent = elements.get(el.parentCode);
      // Written on its own, after what came before it; what follows starts a new batch.
      batch = null;
      steps.add(new Move(i, m));
    }
    return trace(i, m, newCode.toString(), before, element(newCode).state());
  }

  private ModelWriter.Trace retire(int i, ModelEdit.RetireElement r) {
    El el = element(r.code());
    for (El d : descendants(el.code)) {
      if (!ElementStatus.RETIRED.name().equals(d.status)) {
        throw new InvalidInputException("element.retire.activeChildren", el.code, d.code)
            .at("code");
      }
    }
    Map<String, Object> before = el.state();
    Element retired =
        new Element(
            r.code(), el.name, el.description, el.purpose, el.recipient, ElementStatus.RETIRED);
    el.status = ElementStatus.RETIRED.name();
    batch(i).elements.put(el.code, ElementDraft.of(retired));
    return trace(i, r, el.code, before, el.state());
  }

  private ModelWriter.Trace assign(int i, ModelEdit.AssignRole a) {
    RoleAssignment role = a.role();
    El el = element(role.element());
    RoleRules.checkLevel(role.kind(), role.element());
    requirePeople(role.personId(), role.delegatedBy());
    Map<String, Object> before = roleState(el, role.kind(), role.personId());
    RoleRules.checkNoClash(rolesOn(el, role.kind()), role, this::nameOf);
    write(i, el, role);
    return trace(i, a, el.code, before, roleState(el, role.kind(), role.personId()));
  }

  private ModelWriter.Trace endRole(int i, ModelEdit.EndRole r) {
    El el = element(r.code());
    requirePeople(r.personId(), null);
    Map<String, Object> before = roleState(el, r.kind(), r.personId());
    LocalDate lastDay = r.to();
    List<RoleAssignment> held =
        rolesOn(el, r.kind()).stream().filter(x -> x.personId().equals(r.personId())).toList();
    RoleAssignment role =
        held.stream()
            .filter(x -> x.isActiveOn(lastDay))
            .findFirst()
            .or(
                () ->
                    held.stream()
                        .filter(x -> !x.period().from().isAfter(lastDay))
                        .max(Comparator.comparing(x -> x.period().from())))
            .or(() -> held.stream().min(Comparator.comparing(x -> x.period().from())))
            .orElseThrow(
                () ->
                    new NotFoundException(
                        "roles.role.notFound." + r.kind().name(), r.personId(), el.code));
    RoleAssignment ended = RoleRules.end(role, lastDay);
    write(i, el, ended);
    return trace(i, r, el.code, before, roleState(el, r.kind(), r.personId()));
  }

  private ModelWriter.Trace allocate(int i, ModelEdit.Allocate a) {
    Allocation al = a.allocation();
    element(al.element());
    RoleRules.checkAllocationLevel(al.element());
    requirePeople(al.personId(), null);
    List<String> members = pools.get(al.poolId());
    if (members == null) {
      throw new NotFoundException("roles.pool.notFound", al.poolId()).at("poolId");
    }
    if (!members.contains(al.personId())) {
      throw new InvalidInputException("allocation.notInPool", al.personId(), al.poolId())
          .at("personId");
    }
    Batch b = batch(i);
    b.lock(al.element());
    b.allocations.put(
        al.personId() + "|" + al.element() + "|" + al.poolId() + "|" + al.period().from(), al);
    Map<String, Object> after = new TreeMap<>();
    after.put("person", al.personId());
    after.put("pool", al.poolId());
    after.put("percent", (long) al.percent());
    after.put("from", String.valueOf(al.period().from()));
    after.put("to", String.valueOf(al.period().to()));
    return trace(i, a, al.element().toString(), null, after);
  }

  private ModelWriter.Trace createPerson(int i, ModelEdit.CreatePerson c) {
    Person p = c.person();
    if (people.containsKey(p.id())) {
      throw new ConflictException("person.exists", p.id()).at("id");
    }
    requireUnit(p.unitId());
    Pers now = new Pers(p.id(), p.name(), p.title(), p.email(), unitOf(p), p.managerId());
    people.put(p.id(), now);
    batch(i).people.put(p.id(), p);
    return trace(i, c, p.id(), null, now.state());
  }

  private ModelWriter.Trace updatePerson(int i, ModelEdit.UpdatePerson u) {
    Pers was = people.get(u.id());
    if (was == null) {
      throw new NotFoundException("roles.person.notFound", u.id()).at("id");
    }
    String unit = u.orgUnit() != null ? blankToNull(u.orgUnit()) : was.unit();
    requireUnit(unit);
    Person p =
        new Person(
            u.id(),
            u.name() != null ? u.name() : was.name(),
            u.title() != null ? blankToNull(u.title()) : was.title(),
            u.email() != null ? blankToNull(u.email()) : was.email(),
            unit,
            // The organisation's manager stays: a person operation does not name one.
            was.manager());
    Pers now = new Pers(p.id(), p.name(), p.title(), p.email(), unitOf(p), p.managerId());
    people.put(p.id(), now);
    batch(i).people.put(p.id(), p);
    return trace(i, u, u.id(), was.state(), now.state());
  }

  /** The unit a person is linked to once written: {@code upsert-people} links only a known one. */
  private String unitOf(Person p) {
    return p.unitId() != null && units.contains(p.unitId()) ? p.unitId() : null;
  }

  /** Writes a role as {@code upsert-roles} does: found by kind, person and start, or added. */
  private void write(int i, El el, RoleAssignment role) {
    Rel rel =
        el.roles.stream()
            .filter(
                x ->
                    x.kind == role.kind()
                        && x.person.equals(role.personId())
                        && x.from.equals(role.period().from()))
            .findFirst()
            .orElse(null);
    if (rel == null) {
      rel = new Rel();
      rel.kind = role.kind();
      rel.person = role.personId();
      rel.from = role.period().from();
      el.roles.add(rel);
      el.roles.sort(Comparator.comparing(x -> x.from));
    }
    rel.to = role.period().to();
    if (role.kind() == RoleKind.OWNER) {
      rel.delegatedBy = role.delegatedBy();
      rel.delegatedAt = role.delegatedAt();
    } else if (role.kind() == RoleKind.TEAM_MEMBER) {
      rel.competence = role.competence();
    }
    Batch b = batch(i);
    b.lock(role.element());
    b.roles.put(
        role.kind() + "|" + role.element() + "|" + role.personId() + "|" + role.period().from(),
        role);
  }

  /** The roles of a kind on an element, oldest first, as the clash and end rules take them. */
  private static List<RoleAssignment> rolesOn(El el, RoleKind kind) {
    List<RoleAssignment> out = new ArrayList<>();
    Code code = Code.parse(el.code);
    for (Rel r : el.roles) {
      if (r.kind != kind) {
        continue;
      }
      out.add(
          new RoleAssignment(
              kind,
              code,
              r.person,
              new Period(r.from, r.to),
              kind == RoleKind.TEAM_MEMBER ? r.competence : null,
              kind == RoleKind.OWNER ? r.delegatedBy : null,
              kind == RoleKind.OWNER && r.delegatedBy != null ? r.delegatedAt : null));
    }
    return out;
  }

  /** A person's roles of one kind on an element, for the before and after of a role change. */
  private Map<String, Object> roleState(El el, RoleKind kind, String personId) {
    List<Map<String, Object>> held = new ArrayList<>();
    for (Rel r : el.roles) {
      if (r.kind == kind && r.person.equals(personId)) {
        Map<String, Object> m = new TreeMap<>();
        m.put("person", r.person);
        m.put("name", nameOf(r.person));
        m.put("from", text(r.from));
        m.put("to", text(r.to));
        m.put("competence", r.competence);
        m.put("delegatedBy", r.delegatedBy);
        m.put("delegatedAt", text(r.delegatedAt));
        held.add(m);
      }
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("kind", kind.name());
    out.put("person", personId);
    out.put("roles", held);
    return out;
  }

  private String nameOf(String id) {
    Pers p = people.get(id);
    if (p != null) {
      return p.name();
    }
    return holderNames.getOrDefault(id, id);
  }

  private void requirePeople(String personId, String delegatedBy) {
    if (!people.containsKey(personId)) {
      throw new NotFoundException("roles.person.notFound", personId).at("personId");
    }
    if (delegatedBy != null && !people.containsKey(delegatedBy)) {
      throw new NotFoundException("roles.person.notFound", delegatedBy).at("delegatedBy");
    }
  }

  private void requireUnit(String unit) {
    if (unit != null && !units.contains(unit)) {
      throw new InvalidInputException("ref.orgUnit", unit).at("orgUnit");
    }
  }

  private El element(Code code) {
    El el = elements.get(code.toString());
    if (el == null) {
      throw new NotFoundException("element.notFound", code.toString()).at("code");
    }
    return el;
  }

  private Optional<Level> levelOf(Code code) {
    El el = elements.get(code.toString());
    return el == null ? Optional.empty() : Optional.of(Level.ofNumber((int) el.level));
  }

  /** Everything below {@code code}, by code prefix, in code order. */
  private List<El> descendants(String code) {
    String prefix = code + ".";
    return List.copyOf(elements.subMap(prefix, prefix + Character.MAX_VALUE).values());
  }

  private static ModelWriter.Trace trace(
      int index,
      ModelEdit edit,
      String subject,
      Map<String, Object> before,
      Map<String, Object> after) {
    return new ModelWriter.Trace(index, edit.op(), subject, before, after);
  }

  private static String text(LocalDate d) {
    return d == null ? null : d.toString();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
