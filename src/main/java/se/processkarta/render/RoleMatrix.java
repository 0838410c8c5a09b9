package se.processkarta.render;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import se.processkarta.model.Allocation;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.Level;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;
import se.processkarta.model.RoleRules;

/**
 * The role overview of a subtree on the snapshot's day, as data: one row per process (grouped under
 * its parent), with its owners, its leads or the owner who acts as lead, its team and the resources
 * allocated to it, and each cell's state: a missing owner or lead is a gap, two at once or a person
 * allocated above 100 % a conflict. The drawing ({@code roles.svg}) and the page's table are both
 * made from it, so they cannot say different things.
 */
public record RoleMatrix(
    Optional<Element> root, LocalDate date, List<Group> groups, int gaps, int conflicts) {

  public RoleMatrix {
    groups = List.copyOf(groups);
  }

  /** A cell's state. */
  public enum State {
    PLAIN,
    GAP,
    CONFLICT
  }

  /** The processes under one parent, in code order. */
  public record Group(Element parent, List<Row> rows) {
    public Group {
      rows = List.copyOf(rows);
    }
  }

  /** A person named in a cell, by id and name. */
  public record Person(String id, String name) {}

  /** An owner, and who delegated the role to them, if anyone did. */
  public record Owner(Person person, Optional<Person> delegatedBy) {}

  /** A team member and the competence they bring. */
  public record Member(Person person, String competence) {}

  /** A share of a person's time, from a pool; {@code total} when they are over-allocated. */
  public record Share(Person person, int percent, String pool, Optional<Integer> total) {}

  /**
   * One process. {@code ownerAsLead} is the owner who leads when no lead is appointed; {@code
   * leadMissing} that nobody leads.
   */
  public record Row(
      Element process,
      List<Owner> owners,
      State ownerState,
      List<Person> leads,
      Optional<Person> ownerAsLead,
      boolean leadMissing,
      State leadState,
      List<Member> team,
      List<Share> resources,
      State resourceState) {

    public Row {
      owners = List.copyOf(owners);
      leads = List.copyOf(leads);
      team = List.copyOf(team);
      resources = List.copyOf(resources);
    }

    /** The cells' states in column order: process, owner, lead, team, resources. */
    public List<State> states() {
      return List.of(State.PLAIN, ownerState, leadState, State.PLAIN, resourceState);
    }
  }

  /** The overview below {@code root} (every top element when empty), retired processes left out. */
  public static RoleMatrix of(ModelSnapshot snapshot, Optional<Code> root) {
    SnapshotIndex index = new SnapshotIndex(snapshot);
    RoleFacts facts = new RoleFacts(snapshot);
    List<Element> processes = new ArrayList<>();
    Optional<Element> top = root.map(index::element);
    if (top.isPresent()) {
      collect(index, top.get(), processes);
    } else {
      for (Element t : index.tops()) {
        collect(index, t, processes);
      }
    }
    List<Group> groups = new ArrayList<>();
    List<Row> rows = new ArrayList<>();
    Element group = null;
    int gaps = 0;
    int conflicts = 0;
    for (Element p : processes) {
      Code parent = p.code().parent().orElse(p.code());
      if (group == null || !parent.equals(group.code())) {
        if (group != null) {
          groups.add(new Group(group, rows));
        }
        group = index.element(parent);
        rows = new ArrayList<>();
      }
      Row row = row(p, facts);
      for (State s : row.states()) {
        gaps += s == State.GAP ? 1 : 0;
        conflicts += s == State.CONFLICT ? 1 : 0;
      }
      rows.add(row);
    }
    if (group != null) {
      groups.add(new Group(group, rows));
    }
    return new RoleMatrix(top, snapshot.date(), groups, gaps, conflicts);
  }

  /** How many processes the overview has. */
  public int processes() {
    return groups.stream().mapToInt(g -> g.rows().size()).sum();
  }

  private static void collect(SnapshotIndex index, Element e, List<Element> out) {
    if (e.level() == Level.PROCESS) {
      if (e.status() != ElementStatus.RETIRED) {
        out.add(e);
      }
      return;
    }
    for (Element c : index.children(e.code())) {
      collect(index, c, out);
    }
  }

  private static Row row(Element p, RoleFacts facts) {
    List<Owner> owners = new ArrayList<>();
    for (RoleAssignment o : facts.on(p.code(), RoleKind.OWNER)) {
      owners.add(
          new Owner(
              person(facts, o.personId()),
              Optional.ofNullable(o.delegatedBy()).map(d -> person(facts, d))));
    }
    boolean gap = facts.isGap(p);
    State ownerState = owners.size() > 1 ? State.CONFLICT : gap ? State.GAP : State.PLAIN;
    List<Person> leads = new ArrayList<>();
    for (RoleAssignment l : facts.on(p.code(), RoleKind.LEAD)) {
      leads.add(person(facts, l.personId()));
    }
    State leadState = leads.size() > 1 ? State.CONFLICT : State.PLAIN;
    // Who leads in practice is RoleRules' to say: the appointed lead, or else the owner.
    Optional<RoleRules.EffectiveLead<RoleAssignment>> effective = facts.effectiveLead(p.code());
    Optional<Person> ownerAsLead =
        effective
            .filter(e -> e.basis() == RoleRules.LeadBasis.OWNER)
            .map(e -> person(facts, e.person().personId()));
    if (effective.isEmpty()) {
      leadState = gap ? State.GAP : State.PLAIN;
    }
    List<Member> team = new ArrayList<>();
    for (RoleAssignment t : facts.on(p.code(), RoleKind.TEAM_MEMBER)) {
      team.add(new Member(person(facts, t.personId()), t.competence()));
    }
    List<Share> resources = new ArrayList<>();
    State resourceState = State.PLAIN;
    for (Allocation a : facts.allocationsOn(p.code())) {
      Optional<Integer> total = Optional.empty();
      if (facts.overAllocated(a.personId())) {
        resourceState = State.CONFLICT;
        total = Optional.of(facts.allocatedPercent(a.personId()));
      }
      resources.add(
          new Share(person(facts, a.personId()), a.percent(), facts.poolName(a.poolId()), total));
    }
    return new Row(
        p,
        owners,
        ownerState,
        leads,
        ownerAsLead,
        effective.isEmpty(),
        leadState,
        team,
        resources,
        resourceState);
  }

  private static Person person(RoleFacts facts, String id) {
    return new Person(id, facts.name(id));
  }
}
