package se.processkarta.roles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.processkarta.model.Code;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.Level;
import se.processkarta.model.Messages;
import se.processkarta.model.Period;
import se.processkarta.model.RoleKind;
import se.processkarta.model.RoleRules;
import se.processkarta.roles.Rows.Held;

/**
 * Puts the roles views together from facts, whatever they were read from: the current graph ({@link
 * RoleQueries}) or the validity intervals of an earlier version ({@link PastRoles}). What holds on
 * the day, who leads and who is above come from {@link RoleRules}; this class only joins the facts
 * with those answers and orders them, so that a past page and today's cannot drift apart.
 */
final class RoleViews {

  private RoleViews() {}

  /** An element of a lineage: its name, level and status. */
  record LineElement(Code code, String name, int level, String status) {}

  /** An allocation on an element: who, how much, when and from which pool. */
  record AllocationFact(PersonRef person, int percent, Period period, PoolRef pool) {}

  /**
   * What the roles on one element are drawn from: its lineage (the element and its ancestors), the
   * owner and lead roles on the lineage, its team and allocations for every date, and the steering
   * groups supporting it or an ancestor ({@code supports} names which).
   */
  record ElementFacts(
      Code code,
      Map<Code, LineElement> line,
      List<Held> roles,
      List<Held> team,
      List<AllocationFact> allocations,
      List<SteeringGroupRef> groups) {}

  /** The owner roles on elements, for every date, with the elements' names: reporting chains. */
  record Owners(Map<Code, String> names, Map<Code, List<Held>> owners) {

    Optional<PersonRef> ownerOn(Code c, LocalDate day) {
      return current(owners.getOrDefault(c, List.of()), c, RoleKind.OWNER, day).map(Held::person);
    }

    ChainLinkView link(Code c, PersonRef owner) {
      return RoleViews.link(c, names.get(c), owner);
    }
  }

  /** A role a person holds or held, with the element it is on. */
  record HeldOn(Held held, String name, int level, String status) {}

  /** A person's allocation to an element. */
  record PersonAllocation(String code, String name, int percent, Period period, PoolRef pool) {}

  /**
   * What a person's responsibilities are drawn from: the person with their unit, their roles and
   * allocations for every date, the owners of the lineages of their roles, and the pools and groups
   * they own or belong to.
   */
  record PersonFacts(
      PersonListItem person,
      List<HeldOn> roles,
      List<PersonAllocation> allocations,
      Owners owners,
      List<PoolRef> ownsPools,
      List<PoolRef> inPools,
      List<SteeringGroupRef> groups) {}

  private static final Comparator<LocalDate> DATES =
      Comparator.nullsFirst(Comparator.<LocalDate>naturalOrder());

  private static final Comparator<PersonRef> BY_NAME =
      Comparator.comparing(PersonRef::name).thenComparing(PersonRef::id);

  /** Explicit, effective and inherited roles on an element on {@code day}. */
  static ElementRoles element(ElementFacts f, LocalDate day, Locale locale) {
    Code code = f.code();
    LineElement self = f.line().get(code);
    Function<Code, Optional<Held>> ownerOn = c -> current(f.roles(), c, RoleKind.OWNER, day);
    Optional<Held> owner = ownerOn.apply(code);
    Optional<Held> lead = current(f.roles(), code, RoleKind.LEAD, day);
    RoleHolder ownerView =
        owner
            .map(h -> holder(h, f.line(), false))
            .or(
                () ->
                    RoleRules.inheritedOwner(code, ownerOn)
                        .map(link -> holder(link.owner(), f.line(), true)))
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
            .map(l -> link(l.element(), name(f.line().get(l.element())), l.owner().person()))
            .toList();
    List<TeamMemberView> team =
        f.team().stream()
            .filter(h -> h.role().isActiveOn(day))
            .sorted(
                Comparator.comparing(Held::person, BY_NAME)
                    .thenComparing(h -> h.role().period().from(), DATES))
            .map(
                h ->
                    new TeamMemberView(
                        h.person(),
                        h.role().competence(),
                        h.role().period().from(),
                        h.role().period().to()))
            .toList();
    List<AllocationFact> active =
        f.allocations().stream()
            .filter(a -> a.period().contains(day))
            .sorted(
                Comparator.comparing(AllocationFact::person, BY_NAME)
                    .thenComparing(a -> a.period().from(), DATES)
                    .thenComparing(a -> a.pool().id()))
            .toList();
    List<AllocationView> allocations = new ArrayList<>();
    Map<String, PoolRef> pools = new LinkedHashMap<>();
    for (AllocationFact a : active) {
      pools.putIfAbsent(a.pool().id(), a.pool());
      allocations.add(
          new AllocationView(
              a.person(),
              code.toString(),
              self.name(),
              a.percent(),
              a.period().from(),
              a.period().to(),
              a.pool()));
    }
    // A group that supports the element and an ancestor is named once, for the nearest.
    Map<String, SteeringGroupRef> nearest = new LinkedHashMap<>();
    f.groups().stream()
        .sorted(
            Comparator.comparing((SteeringGroupRef g) -> -Code.parse(g.supports()).level().number())
                .thenComparing(SteeringGroupRef::name)
                .thenComparing(SteeringGroupRef::id))
        .forEach(g -> nearest.putIfAbsent(g.id(), g));
    List<SteeringGroupRef> groups = List.copyOf(nearest.values());
    Level level = Level.ofNumber(self.level());
    ElementStatus status = ElementStatus.valueOf(self.status());
    return new ElementRoles(
        code.toString(),
        self.name(),
        level.number(),
        status.name(),
        day,
        ownerView,
        lead.map(h -> holder(h, f.line(), false)).orElse(null),
        effective,
        effective != null && RoleRules.LeadBasis.OWNER.name().equals(effective.basis()),
        RoleRules.isGap(level, status, owner.isPresent()),
        chain,
        team,
        allocations,
        List.copyOf(pools.values()),
        groups);
  }

  /** The codes whose owners a person's reporting chains on {@code day} need. */
  static List<Code> chainCodes(Collection<Held> roles, LocalDate day) {
    return roles.stream()
        .filter(h -> h.role().period().contains(day))
        .flatMap(h -> h.role().element().lineage().stream())
        .distinct()
        .sorted()
        .toList();
  }

  /** Every responsibility of a person on {@code day}, with the reporting chain of each. */
  static PersonResponsibilities person(PersonFacts f, LocalDate day) {
    List<Responsibility> responsibilities = new ArrayList<>();
    f.roles().stream()
        .filter(r -> r.held().role().period().contains(day))
        .sorted(
            Comparator.comparing((HeldOn r) -> r.held().role().element())
                .thenComparing(r -> r.held().role().period().from(), DATES)
                .thenComparing(r -> r.held().role().kind()))
        .forEach(
            r -> {
              Held h = r.held();
              Code c = h.role().element();
              List<ChainLinkView> reportsTo = new ArrayList<>();
              if (h.role().kind() != RoleKind.OWNER) {
                f.owners().ownerOn(c, day).ifPresent(o -> reportsTo.add(f.owners().link(c, o)));
              }
              RoleRules.reportingChain(c, x -> f.owners().ownerOn(x, day))
                  .forEach(l -> reportsTo.add(f.owners().link(l.element(), l.owner())));
              responsibilities.add(
                  new Responsibility(
                      h.role().kind().name(),
                      c.toString(),
                      r.name(),
                      r.level(),
                      r.status(),
                      h.role().period().from(),
                      h.role().period().to(),
                      h.role().competence(),
                      h.delegatedBy(),
                      h.role().delegatedAt(),
                      reportsTo));
            });
    PersonRef self = new PersonRef(f.person().id(), f.person().name(), f.person().title());
    List<AllocationView> allocations = new ArrayList<>();
    int total = 0;
    List<PersonAllocation> active =
        f.allocations().stream()
            .filter(a -> a.period().contains(day))
            .sorted(
                Comparator.comparing((PersonAllocation a) -> Code.parse(a.code()))
                    .thenComparing(a -> a.period().from(), DATES)
                    .thenComparing(a -> a.pool().id()))
            .toList();
    for (PersonAllocation a : active) {
      total += a.percent();
      allocations.add(
          new AllocationView(
              self, a.code(), a.name(), a.percent(), a.period().from(), a.period().to(), a.pool()));
    }
    Comparator<PoolRef> poolOrder = Comparator.comparing(PoolRef::name).thenComparing(PoolRef::id);
    return new PersonResponsibilities(
        f.person(),
        day,
        responsibilities,
        allocations,
        total,
        RoleRules.isOverAllocated(total),
        f.ownsPools().stream().sorted(poolOrder).toList(),
        f.inPools().stream().sorted(poolOrder).toList(),
        f.groups().stream()
            .sorted(
                Comparator.comparing(SteeringGroupRef::name).thenComparing(SteeringGroupRef::id))
            .toList());
  }

  private static Optional<Held> current(List<Held> roles, Code code, RoleKind kind, LocalDate day) {
    List<Held> on = roles.stream().filter(h -> h.role().element().equals(code)).toList();
    return RoleRules.current(on.stream().map(Held::role).toList(), kind, day)
        .flatMap(ra -> on.stream().filter(h -> h.role() == ra).findFirst());
  }

  private static String name(LineElement e) {
    return e == null ? null : e.name();
  }

  private static RoleHolder holder(Held h, Map<Code, LineElement> line, boolean inherited) {
    Code c = h.role().element();
    LineElement e = line.get(c);
    Period p = h.role().period();
    return new RoleHolder(
        h.person(),
        c.toString(),
        e == null ? c.toString() : e.name(),
        p.from(),
        p.to(),
        h.delegatedBy(),
        h.role().delegatedAt(),
        inherited);
  }

  static ChainLinkView link(Code c, String name, PersonRef owner) {
    return new ChainLinkView(
        c.toString(), name == null ? c.toString() : name, c.level().number(), owner);
  }
}
