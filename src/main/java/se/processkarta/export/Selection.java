package se.processkarta.export;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.Person;
import se.processkarta.model.RoleAssignment;

/**
 * The part of a snapshot one export run writes, with the lookups every format needs: children in
 * code order, and the owner, lead and team active on the snapshot's date. Built per run and never
 * kept, so the exporters stay stateless.
 */
final class Selection {

  private final ModelSnapshot snapshot;
  private final List<Element> elements;
  private final List<Element> tops;
  private final int base;
  private final Map<Code, Element> byCode = new HashMap<>();
  private final Map<Code, List<Element>> children = new HashMap<>();
  private final Map<String, Person> people = new HashMap<>();
  private final Map<Code, Person> owners = new HashMap<>();
  private final Map<Code, Person> leads = new HashMap<>();
  private final Map<Code, List<Person>> teams = new HashMap<>();

  private Selection(ModelSnapshot snapshot, ExportScope scope) {
    this.snapshot = snapshot;
    this.base = scope.root().map(c -> c.level().number()).orElse(1);
    Optional<Code> root = scope.root();
    if (root.isPresent()
        && snapshot.elements().stream().noneMatch(e -> e.code().equals(root.get()))) {
      throw new NotFoundException("export.rootNotFound", root.get().toString());
    }
    List<Element> in = new ArrayList<>();
    List<Element> top = new ArrayList<>();
    for (Element e : snapshot.elements()) {
      boolean under = root.map(r -> r.equals(e.code()) || r.isAncestorOf(e.code())).orElse(true);
      if (!under || e.level().number() - base >= scope.depth()) {
        continue;
      }
      in.add(e);
      byCode.put(e.code(), e);
      if (e.level().number() == base) {
        top.add(e);
      } else {
        e.code()
            .parent()
            .ifPresent(p -> children.computeIfAbsent(p, k -> new ArrayList<>()).add(e));
      }
    }
    this.elements = List.copyOf(in);
    this.tops = List.copyOf(top);
    for (Person p : snapshot.people()) {
      people.put(p.id(), p);
    }
    List<RoleAssignment> active = new ArrayList<>();
    for (RoleAssignment a : snapshot.roles()) {
      if (a.isActiveOn(snapshot.date()) && people.containsKey(a.personId())) {
        active.add(a);
      }
    }
    active.sort(Comparator.comparing(RoleAssignment::personId));
    for (RoleAssignment a : active) {
      Person p = people.get(a.personId());
      switch (a.kind()) {
        case OWNER -> owners.putIfAbsent(a.element(), p);
        case LEAD -> leads.putIfAbsent(a.element(), p);
        case TEAM_MEMBER -> {
          List<Person> team = teams.computeIfAbsent(a.element(), k -> new ArrayList<>());
          if (!team.contains(p)) {
            team.add(p);
          }
        }
      }
    }
  }

  static Selection of(ModelSnapshot snapshot, ExportScope scope) {
    return new Selection(snapshot, scope);
  }

  ModelSnapshot snapshot() {
    return snapshot;
  }

  /** The elements in scope, in code order. */
  List<Element> elements() {
    return elements;
  }

  /** The elements at the scope's first level: the root, or the verksamhetstyper. */
  List<Element> tops() {
    return tops;
  }

  /** The element with this code, when it is in scope. */
  Optional<Element> element(Code code) {
    return Optional.ofNullable(byCode.get(code));
  }

  /** 0 for the scope's first level, 1 for the next, and so on. */
  int rank(Element e) {
    return e.level().number() - base;
  }

  /** The children in scope, in code order. */
  List<Element> children(Code code) {
    return children.getOrDefault(code, List.of());
  }

  Optional<Person> owner(Code code) {
    return Optional.ofNullable(owners.get(code));
  }

  Optional<Person> lead(Code code) {
    return Optional.ofNullable(leads.get(code));
  }

  /** The lead, or the owner when no lead is appointed (the owner then holds the role). */
  Optional<Person> effectiveLead(Code code) {
    return lead(code).or(() -> owner(code));
  }

  List<Person> team(Code code) {
    return teams.getOrDefault(code, List.of());
  }

  /** Every person holding an owner or lead role on an element in scope, by id. */
  List<Person> responsibles() {
    Map<String, Person> byId = new java.util.TreeMap<>();
    for (Element e : elements) {
      owner(e.code()).ifPresent(p -> byId.put(p.id(), p));
      lead(e.code()).ifPresent(p -> byId.put(p.id(), p));
    }
    return List.copyOf(byId.values());
  }

  /** {@code Anna Berg [anna-berg]}. */
  static String label(Person p) {
    return p.name() + " [" + p.id() + "]";
  }

  static String label(Optional<Person> p) {
    return p.map(Selection::label).orElse("");
  }

  static String team(List<Person> team) {
    return String.join(Table.TEAM_SEPARATOR, team.stream().map(Selection::label).toList());
  }

  /** The element's page in the web UI. */
  static String link(Code code) {
    return "/processer/" + code;
  }

  /** The code and the name on one line, as the diagrams label a box. */
  static String title(Element e) {
    return e.code() + " " + e.name();
  }

  /** An id that is a valid XML name and stays the same for the same code: {@code e-3.5.2}. */
  static String id(Code code) {
    return "e-" + code;
  }

  /** An XML-name-safe id for a person id (which may hold any character). */
  static String personId(String id) {
    StringBuilder b = new StringBuilder("p-");
    id.codePoints()
        .forEach(
            c -> {
              if ((c >= 'a' && c <= 'z')
                  || (c >= 'A' && c <= 'Z')
                  || (c >= '0' && c <= '9')
                  || c == '-'
                  || c == '.') {
                b.appendCodePoint(c);
              } else {
                b.append('_').append(Integer.toHexString(c)).append('_');
              }
            });
    return b.toString();
  }
}
