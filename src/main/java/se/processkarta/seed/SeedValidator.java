package se.processkarta.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import se.processkarta.hierarchy.ElementDraft;
import se.processkarta.hierarchy.HierarchyRules;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.Level;
import se.processkarta.model.Messages;
import se.processkarta.model.OrgUnit;
import se.processkarta.model.OrgUnitKind;
import se.processkarta.model.Period;
import se.processkarta.model.ProcesskartaException;
import se.processkarta.model.ResourcePool;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleRules;

/**
 * Checks a whole seed before anything is written: the tree's rules through {@link HierarchyRules},
 * unique identifiers, that every reference resolves, and that no element has two owners or two
 * leads at the same time ({@link RoleRules}).
 */
final class SeedValidator {

  private final Seed seed;
  private final Map<Code, Level> stored;
  private final List<SeedError> errors = new ArrayList<>();
  private final Map<Code, Level> levels = new HashMap<>();

  private SeedValidator(Seed seed, Map<Code, Level> stored) {
    this.seed = seed;
    this.stored = stored;
  }

  /**
   * @param stored the levels of stored elements that the seed's elements hang under
   */
  static List<SeedError> validate(Seed seed, Map<Code, Level> stored) {
    SeedValidator v = new SeedValidator(seed, stored);
    v.elements();
    v.people();
    v.roleOverlaps();
    return List.copyOf(v.errors);
  }

  private void elements() {
    for (Located<Element> e : seed.elements()) {
      if (levels.put(e.value().code(), e.value().level()) != null) {
        error(e, "element.duplicate", e.value().code().toString());
      }
    }
    for (Located<Element> e : seed.elements()) {
      try {
        HierarchyRules.checkPlacement(ElementDraft.of(e.value()), this::levelOf);
      } catch (ProcesskartaException ex) {
        errors.add(new SeedError(e.file(), e.line(), Messages.of(Messages.SWEDISH, ex)));
      }
    }
  }

  private void people() {
    Map<String, OrgUnitKind> units = new HashMap<>();
    unique(seed.orgUnits(), u -> u.id(), "orgUnit").forEach((id, u) -> units.put(id, u.kind()));
    for (Located<OrgUnit> u : seed.orgUnits()) {
      OrgUnit unit = u.value();
      OrgUnitKind expectedParent =
          switch (unit.kind()) {
            case FORVALTNING -> null;
            case AVDELNING -> OrgUnitKind.FORVALTNING;
            case ENHET -> OrgUnitKind.AVDELNING;
          };
      if (expectedParent == null && unit.parentId() != null) {
        error(u, "orgUnit.forvaltningHasParent", unit.id());
      } else if (expectedParent != null && units.get(unit.parentId()) != expectedParent) {
        error(
            u, "orgUnit.parent", unit.id(), String.valueOf(unit.parentId()), expectedParent.name());
      }
    }
    Set<String> people = unique(seed.people(), p -> p.id(), "person").keySet();
    seed.people()
        .forEach(
            p -> {
              if (p.value().unitId() != null && !units.containsKey(p.value().unitId())) {
                error(p, "ref.orgUnit", p.value().unitId());
              }
              if (p.value().managerId() != null) {
                person(p, people, p.value().managerId());
              }
            });
    Map<String, ResourcePool> pools =
        unique(seed.resourcePools(), ResourcePool::id, "resourcePool");
    for (Located<ResourcePool> p : seed.resourcePools()) {
      person(p, people, p.value().ownerId());
      p.value().memberIds().forEach(m -> person(p, people, m));
    }
    unique(seed.steeringGroups(), g -> g.id(), "steeringGroup");
    seed.steeringGroups()
        .forEach(
            g -> {
              g.value().memberIds().forEach(m -> person(g, people, m));
              g.value().supports().forEach(c -> element(g, c, 1, 5));
            });
    seed.roles()
        .forEach(
            r -> {
              person(r, people, r.value().personId());
              if (r.value().delegatedBy() != null) {
                person(r, people, r.value().delegatedBy());
              }
              element(r, r.value().element(), 2, 4);
            });
    seed.allocations()
        .forEach(
            a -> {
              person(a, people, a.value().personId());
              element(a, a.value().element(), 4, 4);
              ResourcePool pool = pools.get(a.value().poolId());
              if (pool == null) {
                error(a, "ref.resourcePool", a.value().poolId());
              } else if (!pool.memberIds().contains(a.value().personId())) {
                error(a, "allocation.notInPool", a.value().personId(), pool.id());
              }
            });
  }

  /** At most one owner and one lead per element at a time: the rule the role commands keep too. */
  private void roleOverlaps() {
    for (RoleRules.Overlap<Located<RoleAssignment>> o :
        RoleRules.overlaps(seed.roles(), Located::value)) {
      RoleAssignment first = o.first().value();
      RoleAssignment second = o.second().value();
      error(
          o.second(),
          "roles.seed.overlap." + second.kind().name(),
          second.element().toString(),
          second.personId(),
          periodText(second.period()),
          first.personId(),
          periodText(first.period()),
          o.first().file() + ":" + o.first().line());
    }
  }

  private static String periodText(Period p) {
    return p.to() == null
        ? Messages.format(Messages.SWEDISH, "roles.period.openEnded", List.of(p.from().toString()))
        : Messages.format(
            Messages.SWEDISH, "roles.period", List.of(p.from().toString(), p.to().toString()));
  }

  private <T> Map<String, T> unique(
      List<Located<T>> items, java.util.function.Function<T, String> id, String kind) {
    Map<String, T> out = new HashMap<>();
    Set<String> seen = new HashSet<>();
    for (Located<T> item : items) {
      String key = id.apply(item.value());
      if (!seen.add(key)) {
        error(item, "id.duplicate", kind, key);
      }
      out.put(key, item.value());
    }
    return out;
  }

  private void person(Located<?> at, Set<String> people, String id) {
    if (!people.contains(id)) {
      error(at, "ref.person", id);
    }
  }

  private void element(Located<?> at, Code code, int minLevel, int maxLevel) {
    Optional<Level> level = levelOf(code);
    if (level.isEmpty()) {
      error(at, "ref.element", code.toString());
    } else if (level.get().number() < minLevel || level.get().number() > maxLevel) {
      error(
          at,
          "ref.elementLevel",
          code.toString(),
          String.valueOf(minLevel),
          String.valueOf(maxLevel));
    }
  }

  private Optional<Level> levelOf(Code code) {
    return Optional.ofNullable(levels.get(code)).or(() -> Optional.ofNullable(stored.get(code)));
  }

  private void error(Located<?> at, String key, String... args) {
    errors.add(
        new SeedError(at.file(), at.line(), Messages.format(Messages.SWEDISH, key, List.of(args))));
  }
}
