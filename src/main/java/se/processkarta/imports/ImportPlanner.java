package se.processkarta.imports;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import se.processkarta.changes.Operation;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.Person;
import se.processkarta.model.ProcesskartaException;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;
import se.processkarta.model.RoleRules;

/**
 * Compares an imported file with today's model and answers the operations that turn the one into
 * the other, each with the place in the file it comes from. Pure: it reads a snapshot and writes
 * nothing.
 *
 * <ul>
 *   <li>A code is an element's identity. A row whose code exists updates it, with only the fields
 *       that differ; a row that changes nothing makes no operation.
 *   <li>A row with a new code whose name is that of exactly one element missing from the file (on
 *       the same level, under the root given) is read as that element moved: {@code moveElement} to
 *       the new code (its descendants follow), then any other change. A name whose only such
 *       element lies above the new code would move an element under itself and is refused.
 *   <li>Any other new code is created under its parent, which must exist or come earlier in the
 *       file. An empty status keeps an existing element's and makes a new one PUBLISHED; {@code
 *       RETIRED} retires it. There is no operation that brings back a retired element or makes one
 *       a draft, so asking for that is an error.
 *   <li>Owners, leads and teams (where the format has them) are ended yesterday and assigned from
 *       today where they differ; people the model does not know are created with the file's name.
 *   <li>Elements under the root that the file does not mention are retired only when asked.
 * </ul>
 *
 * The operations come in an order that applies: new people, then elements in code order (a parent
 * before its children), then ended roles, then new roles, then retirements, deepest first.
 */
final class ImportPlanner {

  /** Competence recorded for a team member who comes from a file, which has no such column. */
  static final String TEAM_COMPETENCE = "ej angiven";

  private ImportPlanner() {}

  /**
   * @param root the subtree the file speaks for: rows outside it are refused, and only elements
   *     strictly below it can be moved or retired as missing
   */
  record Options(Optional<Code> root, boolean retireMissing, LocalDate today) {
    Options {
      Objects.requireNonNull(root, "root");
      Objects.requireNonNull(today, "today");
    }
  }

  /** The operations, where each comes from in the file, and the summary. */
  record Plan(List<Operation> operations, List<Where> origins, ImportSummary summary) {}

  private record Parsed(
      Where where,
      Element element,
      ElementStatus status,
      Optional<Imported.PersonRef> owner,
      Optional<Imported.PersonRef> lead,
      List<Imported.PersonRef> team) {
    Code code() {
      return element.code();
    }
  }

  private static final String KOD = "kod";
  private static final String NIVA = "nivå";
  private static final String NAMN = "namn";
  private static final String STATUS = "status";
  private static final String OWNER = "processägare";
  private static final String LEAD = "processledare";
  private static final String TEAM = "processteam";

  static Plan plan(ModelSnapshot model, Imported file, Options o) {
    List<ImportProblem> problems = new ArrayList<>();
    List<Parsed> rows = parse(file, o, problems);
    if (!problems.isEmpty()) {
      throw invalid(problems);
    }
    Plan plan = new Planning(model.onDate(o.today()), file.carried(), o, problems).run(rows);
    if (!problems.isEmpty()) {
      throw invalid(problems);
    }
    return plan;
  }

  private static ImportRejectedException invalid(List<ImportProblem> problems) {
    return new ImportRejectedException(ImportRejectedException.Kind.INVALID, problems);
  }

  // ---- reading the rows: every problem with its place ----

  private static List<Parsed> parse(Imported file, Options o, List<ImportProblem> problems) {
    List<Parsed> out = new ArrayList<>();
    Map<Code, Where> seen = new HashMap<>();
    for (Imported.Row r : file.rows()) {
      Where w = r.where();
      int before = problems.size();
      Optional<Code> parsed = Code.tryParse(r.code().strip());
      if (parsed.isEmpty()) {
        problems.add(ImportProblem.at(w.column(KOD), "import.code.invalid", r.code()));
        continue;
      }
      Code code = parsed.get();
      Where first = seen.putIfAbsent(code, w);
      if (first != null) {
        problems.add(
            ImportProblem.at(
                w.column(KOD),
                "import.code.duplicate",
                code.toString(),
                String.valueOf(first.row() > 0 ? first.row() : first.line())));
      }
      String level = r.level().strip();
      if (!level.isEmpty() && !level.equals(String.valueOf(code.level().number()))) {
        problems.add(
            ImportProblem.at(
                w.column(NIVA),
                "import.level.mismatch",
                level,
                code.toString(),
                String.valueOf(code.level().number())));
      }
      if (o.root().isPresent()
          && !o.root().get().equals(code)
          && !o.root().get().isAncestorOf(code)) {
        problems.add(
            ImportProblem.at(
                w.column(KOD), "import.outsideRoot", code.toString(), o.root().get().toString()));
      }
      Element element = null;
      try {
        element =
            new Element(
                code,
                r.name(),
                r.description(),
                r.purpose(),
                r.recipient(),
                ElementStatus.PUBLISHED);
      } catch (ProcesskartaException e) {
        problems.add(new ImportProblem(w.column(columnOf(e)), e.messageKey(), e.arguments()));
      }
      ElementStatus status = status(r.status(), w.column(STATUS), problems);
      Optional<Imported.PersonRef> owner = person(r.owner(), w.column(OWNER), problems);
      Optional<Imported.PersonRef> lead = person(r.lead(), w.column(LEAD), problems);
      List<Imported.PersonRef> team = new ArrayList<>();
      // "Anna Berg [anna-berg]; Bo Ek [bo-ek]": a name may hold "; " itself, an entry ends at "]"
      for (String part : r.team().split("(?<=\\]);\\s*")) {
        person(part, w.column(TEAM), problems).ifPresent(team::add);
      }
      roleLevel(RoleKind.OWNER, code, owner.isPresent(), w.column(OWNER), problems);
      roleLevel(RoleKind.LEAD, code, lead.isPresent(), w.column(LEAD), problems);
      roleLevel(RoleKind.TEAM_MEMBER, code, !team.isEmpty(), w.column(TEAM), problems);
      if (problems.size() == before && element != null) {
        out.add(new Parsed(w, element, status, owner, lead, team));
      }
    }
    out.sort(Comparator.comparing(Parsed::code));
    return out;
  }

  private static String columnOf(ProcesskartaException e) {
    String field = e.arguments().isEmpty() ? "" : e.arguments().get(0);
    if (field.startsWith("description")) {
      return "beskrivning";
    }
    if (field.startsWith("purpose")) {
      return "syfte";
    }
    if (field.startsWith("recipient")) {
      return "mottagare";
    }
    return NAMN;
  }

  private static ElementStatus status(String raw, Where w, List<ImportProblem> problems) {
    String s = raw.strip().toUpperCase(Locale.ROOT);
    return switch (s) {
      case "" -> null;
      case "PUBLISHED", "FASTSTÄLLD", "PUBLICERAD" -> ElementStatus.PUBLISHED;
      case "RETIRED", "UTGÅNGEN", "AVVECKLAD" -> ElementStatus.RETIRED;
      case "DRAFT", "UTKAST" -> ElementStatus.DRAFT;
      default -> {
        problems.add(ImportProblem.at(w, "import.status.unknown", raw.strip()));
        yield null;
      }
    };
  }

  /** {@code Anna Berg [anna-berg]}, as {@code export.Selection.label} writes a person. */
  private static Optional<Imported.PersonRef> person(
      String raw, Where w, List<ImportProblem> problems) {
    String s = raw.strip();
    if (s.isEmpty()) {
      return Optional.empty();
    }
    int open = s.lastIndexOf('[');
    if (open < 0 || !s.endsWith("]") || open == s.length() - 2) {
      problems.add(ImportProblem.at(w, "import.person.format", s));
      return Optional.empty();
    }
    String id = s.substring(open + 1, s.length() - 1).strip();
    String name = s.substring(0, open).strip();
    try {
      Person p = new Person(id, name.isEmpty() ? id : name, null, null, null);
      return Optional.of(new Imported.PersonRef(p.id(), p.name()));
    } catch (ProcesskartaException e) {
      problems.add(new ImportProblem(w, e.messageKey(), e.arguments()));
      return Optional.empty();
    }
  }

  private static void roleLevel(
      RoleKind kind, Code code, boolean present, Where w, List<ImportProblem> problems) {
    if (!present) {
      return;
    }
    try {
      RoleRules.checkLevel(kind, code);
    } catch (ProcesskartaException e) {
      problems.add(new ImportProblem(w, e.messageKey(), e.arguments()));
    }
  }

  // ---- planning against the model ----

  private static final class Planning {
    private final Imported.Carried carried;
    private final Options o;
    private final List<ImportProblem> problems;
    private final String yesterday;

    /** The model as the operations so far leave it, keyed by the codes they leave. */
    private final TreeMap<Code, Element> now = new TreeMap<>();

    private final Map<Code, String> owners = new HashMap<>();
    private final Map<Code, String> leads = new HashMap<>();
    private final Map<Code, Set<String>> teams = new HashMap<>();
    private final Set<String> people = new java.util.HashSet<>();

    /** Elements under the root that no row has claimed yet, by their current code. */
    private final TreeSet<Code> missing = new TreeSet<>();

    private final List<Operation> personOps = new ArrayList<>();
    private final List<Where> personAt = new ArrayList<>();
    private final List<Operation> elementOps = new ArrayList<>();
    private final List<Where> elementAt = new ArrayList<>();
    private final List<Operation> endOps = new ArrayList<>();
    private final List<Where> endAt = new ArrayList<>();
    private final List<Operation> assignOps = new ArrayList<>();
    private final List<Where> assignAt = new ArrayList<>();
    private final Map<Code, Where> retire = new TreeMap<>(Comparator.reverseOrder());
    private final Set<Code> changed = new LinkedHashSet<>();
    private int added;
    private int moved;

    Planning(
        ModelSnapshot model, Imported.Carried carried, Options o, List<ImportProblem> problems) {
      this.carried = carried;
      this.o = o;
      this.problems = problems;
      this.yesterday = o.today().minusDays(1).toString();
      for (Element e : model.elements()) {
        now.put(e.code(), e);
      }
      for (Person p : model.people()) {
        people.add(p.id());
      }
      for (RoleAssignment a : model.roles()) {
        if (!a.isActiveOn(o.today())) {
          continue;
        }
        switch (a.kind()) {
          case OWNER -> owners.put(a.element(), a.personId());
          case LEAD -> leads.put(a.element(), a.personId());
          case TEAM_MEMBER ->
              teams.computeIfAbsent(a.element(), k -> new TreeSet<>()).add(a.personId());
          default -> {}
        }
      }
    }

    private boolean covered(Code c) {
      return o.root().map(r -> r.isAncestorOf(c)).orElse(true);
    }

    Plan run(List<Parsed> rows) {
      Set<Code> inFile = new java.util.HashSet<>();
      rows.forEach(r -> inFile.add(r.code()));
      for (Element e : now.values()) {
        if (covered(e.code())
            && !inFile.contains(e.code())
            && e.status() != ElementStatus.RETIRED) {
          missing.add(e.code());
        }
      }
      for (Parsed r : rows) {
        row(r);
      }
      if (o.retireMissing()) {
        for (Code c : missing) {
          Element e = now.get(c);
          if (e != null && e.status() != ElementStatus.RETIRED) {
            retire.putIfAbsent(c, Where.FILE);
          }
        }
      }
      List<Operation> ops = new ArrayList<>();
      List<Where> at = new ArrayList<>();
      ops.addAll(personOps);
      at.addAll(personAt);
      ops.addAll(elementOps);
      at.addAll(elementAt);
      ops.addAll(endOps);
      at.addAll(endAt);
      ops.addAll(assignOps);
      at.addAll(assignAt);
      retire.forEach(
          (c, w) -> {
            ops.add(op("retireElement", c.toString()));
            at.add(w);
          });
      changed.removeAll(retire.keySet());
      return new Plan(
          ops,
          at,
          new ImportSummary(
              added, changed.size(), moved, retire.size(), personOps.size(), ops.size()));
    }

    private void row(Parsed r) {
      Code code = r.code();
      Element existing = now.get(code);
      if (existing == null) {
        Optional<Code> from = moveCandidate(r);
        if (from == null) {
          return;
        }
        if (from.isPresent()) {
          move(r, from.get());
          existing = now.get(code);
        }
        if (existing == null) {
          create(r);
          roles(r, true);
          return;
        }
      }
      update(r, existing);
      roles(r, false);
    }

    /**
     * The element this new code moves, if the row is a move: empty for a new element, null when the
     * row is refused.
     */
    private Optional<Code> moveCandidate(Parsed r) {
      if (o.root().isEmpty()) {
        return Optional.empty(); // without a root the file speaks for no element it leaves out
      }
      String name = r.element().name();
      List<Code> same = new ArrayList<>();
      for (Code c : missing) {
        if (now.get(c).name().equals(name)) {
          if (c.isAncestorOf(r.code())) {
            problems.add(
                ImportProblem.at(
                    r.where().column(KOD), "import.move.cycle", c.toString(), r.code().toString()));
            return null;
          }
          if (c.level() == r.code().level()) {
            same.add(c);
          }
        }
      }
      return same.size() == 1 ? Optional.of(same.get(0)) : Optional.empty();
    }

    private boolean parentExists(Parsed r) {
      Optional<Code> parent = r.code().parent();
      if (parent.isPresent() && !now.containsKey(parent.get())) {
        problems.add(
            ImportProblem.at(
                r.where().column(KOD),
                "element.parent.missing",
                r.code().toString(),
                parent.get().toString()));
        return false;
      }
      return true;
    }

    private void move(Parsed r, Code from) {
      if (!parentExists(r)) {
        return;
      }
      Code to = r.code();
      elementOps.add(
          new Operation(
              "moveElement",
              from.toString(),
              null,
              to.parent().orElseThrow().toString(),
              to.toString(),
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null));
      elementAt.add(r.where().column(KOD));
      moved++;
      recode(now, from, to);
      recode(owners, from, to);
      recode(leads, from, to);
      recode(teams, from, to);
      TreeSet<Code> m = new TreeSet<>();
      for (Code c : missing) {
        if (!c.equals(from) && !from.isAncestorOf(c)) {
          m.add(c);
        }
      }
      missing.clear();
      missing.addAll(m);
    }

    private static <V> void recode(Map<Code, V> map, Code from, Code to) {
      Map<Code, V> moved = new LinkedHashMap<>();
      var it = map.entrySet().iterator();
      while (it.hasNext()) {
        var e = it.next();
        Code c = e.getKey();
        if (c.equals(from) || from.isAncestorOf(c)) {
          List<Integer> s = new ArrayList<>(to.segments());
          s.addAll(c.segments().subList(from.segments().size(), c.segments().size()));
          moved.put(new Code(s), e.getValue());
          it.remove();
        }
      }
      map.putAll(moved);
    }

    private void create(Parsed r) {
      if (r.status() == ElementStatus.DRAFT) {
        problems.add(
            ImportProblem.at(r.where().column(STATUS), "import.status.cannot", "-", "DRAFT"));
        return;
      }
      if (!parentExists(r)) {
        return;
      }
      Element e = r.element();
      elementOps.add(
          new Operation(
              "createElement",
              e.code().toString(),
              e.code().parent().map(Code::toString).orElse(null),
              null,
              null,
              e.name(),
              carried.description() ? e.description() : null,
              carried.purposeAndRecipient() ? e.purpose() : null,
              carried.purposeAndRecipient() ? e.recipient() : null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null,
              null));
      elementAt.add(r.where());
      now.put(e.code(), e);
      added++;
      if (r.status() == ElementStatus.RETIRED) {
        retire.put(e.code(), r.where().column(STATUS));
      }
    }

    private void update(Parsed r, Element was) {
      Element e = r.element();
      String name = e.name().equals(was.name()) ? null : e.name();
      String description =
          carried.description() && !Objects.equals(e.description(), was.description())
              ? nz(e.description())
              : null;
      String purpose =
          carried.purposeAndRecipient() && !Objects.equals(e.purpose(), was.purpose())
              ? nz(e.purpose())
              : null;
      String recipient =
          carried.purposeAndRecipient() && !Objects.equals(e.recipient(), was.recipient())
              ? nz(e.recipient())
              : null;
      if (name != null || description != null || purpose != null || recipient != null) {
        elementOps.add(
            new Operation(
                "updateElement",
                e.code().toString(),
                null,
                null,
                null,
                name,
                description,
                purpose,
                recipient,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null));
        elementAt.add(r.where());
        changed.add(e.code());
        now.put(
            e.code(),
            new Element(
                e.code(),
                e.name(),
                carried.description() ? e.description() : was.description(),
                carried.purposeAndRecipient() ? e.purpose() : was.purpose(),
                carried.purposeAndRecipient() ? e.recipient() : was.recipient(),
                was.status()));
      }
      ElementStatus want = carried.status() ? r.status() : null;
      if (want == null || want == was.status()) {
        return;
      }
      if (want == ElementStatus.RETIRED) {
        retire.put(e.code(), r.where().column(STATUS));
      } else {
        problems.add(
            ImportProblem.at(
                r.where().column(STATUS),
                "import.status.cannot",
                was.status().name(),
                want.name()));
      }
    }

    private void roles(Parsed r, boolean created) {
      Code code = r.code();
      if (carried.ownerAndLead()) {
        exclusive(r, RoleKind.OWNER, owners, r.owner(), OWNER);
        exclusive(r, RoleKind.LEAD, leads, r.lead(), LEAD);
      }
      if (carried.team()) {
        Set<String> had = teams.getOrDefault(code, Set.of());
        Set<String> want = new TreeSet<>();
        for (Imported.PersonRef p : r.team()) {
          want.add(p.id());
        }
        for (String id : had) {
          if (!want.contains(id)) {
            endOps.add(role("endRole", code, RoleKind.TEAM_MEMBER, id, null, yesterday));
            endAt.add(r.where().column(TEAM));
            changed.add(code);
          }
        }
        for (Imported.PersonRef p : r.team()) {
          if (!had.contains(p.id()) && want.remove(p.id())) {
            known(p, r.where().column(TEAM));
            assignOps.add(
                role("assignRole", code, RoleKind.TEAM_MEMBER, p.id(), TEAM_COMPETENCE, null));
            assignAt.add(r.where().column(TEAM));
            changed.add(code);
          }
        }
      }
      if (created) {
        changed.remove(code);
      }
    }

    private void exclusive(
        Parsed r,
        RoleKind kind,
        Map<Code, String> held,
        Optional<Imported.PersonRef> want,
        String column) {
      Code code = r.code();
      String had = held.get(code);
      String wanted = want.map(Imported.PersonRef::id).orElse(null);
      if (Objects.equals(had, wanted)) {
        return;
      }
      Where w = r.where().column(column);
      if (had != null) {
        endOps.add(role("endRole", code, kind, had, null, yesterday));
        endAt.add(w);
      }
      if (want.isPresent()) {
        known(want.get(), w);
        assignOps.add(role("assignRole", code, kind, wanted, null, null));
        assignAt.add(w);
      }
      changed.add(code);
    }

    /** A person the model does not know yet is created, once, with the file's name. */
    private void known(Imported.PersonRef p, Where w) {
      if (people.add(p.id())) {
        personOps.add(
            new Operation(
                "createPerson",
                null,
                null,
                null,
                null,
                p.name(),
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                p.id(),
                null,
                null,
                null,
                null,
                null));
        personAt.add(w);
      }
    }

    private static Operation role(
        String op, Code code, RoleKind kind, String person, String competence, String to) {
      return new Operation(
          op,
          code.toString(),
          null,
          null,
          null,
          null,
          null,
          null,
          null,
          kind.name(),
          person,
          null,
          to,
          competence,
          null,
          null,
          null,
          null,
          null,
          null);
    }

    private static Operation op(String op, String code) {
      return new Operation(
          op, code, null, null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null, null, null);
    }

    private static String nz(String s) {
      return s == null ? "" : s;
    }
  }
}
