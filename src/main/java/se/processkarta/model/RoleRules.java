package se.processkarta.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * The rules of process governance, as plain functions over roles and allocations, so that every
 * read, every write command and the seed check apply the same rules. Nothing here touches the
 * graph; callers hand in what they read.
 */
public final class RoleRules {

  /** Roles (owner, lead, team) are held on verksamhetsområden, processgrupper and processes. */
  public static final int MIN_ROLE_LEVEL = 2;

  public static final int MAX_ROLE_LEVEL = 4;

  /** A person allocated above this many percent on one date is over-allocated. */
  public static final int MAX_TOTAL_PERCENT = 100;

  private RoleRules() {}

  /** Only one owner and one lead may hold an element at a time; a team has many members. */
  public static boolean isExclusive(RoleKind kind) {
    return kind == RoleKind.OWNER || kind == RoleKind.LEAD;
  }

  /** Owners, leads and team members exist on levels 2–4 only. */
  public static void checkLevel(RoleKind kind, Code element) {
    int level = element.level().number();
    if (level < MIN_ROLE_LEVEL || level > MAX_ROLE_LEVEL) {
      throw new InvalidInputException(
              "roles.level." + kind.name(),
              element.toString(),
              String.valueOf(MIN_ROLE_LEVEL),
              String.valueOf(MAX_ROLE_LEVEL))
          .at("role");
    }
  }

  /** Allocations go to processes (level 4), where the work is done. */
  public static void checkAllocationLevel(Code element) {
    if (element.level() != Level.PROCESS) {
      throw new InvalidInputException("roles.allocation.level", element.toString()).at("code");
    }
  }

  /**
   * Two roles are the same role when kind, person, element and start date agree; writing it again
   * updates it in place rather than adding a second one.
   */
  public static boolean sameRole(RoleAssignment a, RoleAssignment b) {
    return a.kind() == b.kind()
        && a.element().equals(b.element())
        && a.personId().equals(b.personId())
        && a.period().from().equals(b.period().from());
  }

  /**
   * The stored role that {@code candidate} would clash with: for an owner or a lead, any other
   * owner or lead of the element whose period overlaps; for a team member, the same person already
   * in the team for an overlapping period.
   */
  public static Optional<RoleAssignment> clash(
      Collection<RoleAssignment> stored, RoleAssignment candidate) {
    return stored.stream()
        .filter(r -> r.kind() == candidate.kind() && r.element().equals(candidate.element()))
        .filter(r -> !sameRole(r, candidate))
        .filter(r -> isExclusive(r.kind()) || r.personId().equals(candidate.personId()))
        .filter(r -> r.period().overlaps(candidate.period()))
        .min(Comparator.comparing(r -> r.period().from()));
  }

  /**
   * Refuses {@code candidate} when it clashes, with a message naming who holds the role and for
   * which period.
   *
   * @param nameOf a person's display name by id
   * @throws ConflictException naming the holder
   */
  public static void checkNoClash(
      Collection<RoleAssignment> stored,
      RoleAssignment candidate,
      Function<String, String> nameOf) {
    clash(stored, candidate)
        .ifPresent(
            held -> {
              Period p = held.period();
              String key =
                  "roles.taken." + held.kind().name() + (p.to() == null ? ".openEnded" : "");
              throw new ConflictException(
                      key,
                      candidate.element().toString(),
                      nameOf.apply(held.personId()),
                      held.personId(),
                      p.from().toString(),
                      p.to() == null ? "" : p.to().toString())
                  .at("role");
            });
  }

  /** An overlap between two exclusive roles in a batch, such as a seed. */
  public record Overlap<T>(T first, T second) {}

  /**
   * Every pair of owner or lead roles on the same element whose periods overlap, in input order
   * (the later item of a pair is the one to blame).
   */
  public static <T> List<Overlap<T>> overlaps(List<T> items, Function<T, RoleAssignment> role) {
    record Key(RoleKind kind, Code element) {}
    Map<Key, List<T>> byElement = new LinkedHashMap<>();
    for (T item : items) {
      RoleAssignment r = role.apply(item);
      if (isExclusive(r.kind())) {
        byElement.computeIfAbsent(new Key(r.kind(), r.element()), k -> new ArrayList<>()).add(item);
      }
    }
    List<Overlap<T>> out = new ArrayList<>();
    for (List<T> same : byElement.values()) {
      for (int i = 0; i < same.size(); i++) {
        for (int j = i + 1; j < same.size(); j++) {
          if (role.apply(same.get(i)).period().overlaps(role.apply(same.get(j)).period())) {
            out.add(new Overlap<>(same.get(i), same.get(j)));
          }
        }
      }
    }
    return out;
  }

  /**
   * The role of a kind that holds on {@code date}; for exclusive kinds the rules allow at most one,
   * and should stored data ever hold two, the one that started last wins.
   */
  public static Optional<RoleAssignment> current(
      Collection<RoleAssignment> roles, RoleKind kind, LocalDate date) {
    return roles.stream()
        .filter(r -> r.kind() == kind && r.isActiveOn(date))
        .max(Comparator.comparing(r -> r.period().from()));
  }

  /** Every role of a kind that holds on {@code date}, for example the team on that day. */
  public static List<RoleAssignment> allCurrent(
      Collection<RoleAssignment> roles, RoleKind kind, LocalDate date) {
    return roles.stream().filter(r -> r.kind() == kind && r.isActiveOn(date)).toList();
  }

  /** Who leads an element in practice, and why. */
  public enum LeadBasis {
    /** A processledare is appointed. */
    APPOINTED,
    /** No processledare is appointed, so the owner is the processledare. */
    OWNER
  }

  /** The effective lead: the appointed lead, or else the owner; none when there is neither. */
  public record EffectiveLead<T>(T person, LeadBasis basis) {
    public EffectiveLead {
      Objects.requireNonNull(person, "person");
      Objects.requireNonNull(basis, "basis");
    }
  }

  public static <T> Optional<EffectiveLead<T>> effectiveLead(Optional<T> owner, Optional<T> lead) {
    if (lead.isPresent()) {
      return Optional.of(new EffectiveLead<>(lead.get(), LeadBasis.APPOINTED));
    }
    return owner.map(o -> new EffectiveLead<>(o, LeadBasis.OWNER));
  }

  /** One step of a reporting chain: the element whose owner is reported to, and that owner. */
  public record ChainLink<T>(Code element, T owner) {}

  /**
   * The owners above an element, nearest first: each owner reports to the owner of the nearest
   * ancestor that has one, so the chain skips ancestors without an owner.
   *
   * @param ownerOn the current owner of an element, if any
   */
  public static <T> List<ChainLink<T>> reportingChain(
      Code element, Function<Code, Optional<T>> ownerOn) {
    List<ChainLink<T>> out = new ArrayList<>();
    Optional<Code> at = element.parent();
    while (at.isPresent()) {
      Code c = at.get();
      ownerOn.apply(c).ifPresent(o -> out.add(new ChainLink<>(c, o)));
      at = c.parent();
    }
    return out;
  }

  /** The owner an element without its own owner inherits: that of the nearest owned ancestor. */
  public static <T> Optional<ChainLink<T>> inheritedOwner(
      Code element, Function<Code, Optional<T>> ownerOn) {
    return reportingChain(element, ownerOn).stream().findFirst();
  }

  /** A published process (level 4) without a current owner is a gap. */
  public static boolean isGap(Level level, ElementStatus status, boolean hasCurrentOwner) {
    return level == Level.PROCESS && status == ElementStatus.PUBLISHED && !hasCurrentOwner;
  }

  /** Total percent per person over the allocations that hold on {@code date}. */
  public static Map<String, Integer> totals(Collection<Allocation> allocations, LocalDate date) {
    Map<String, Integer> out = new TreeMap<>();
    for (Allocation a : allocations) {
      if (a.period().contains(date)) {
        out.merge(a.personId(), a.percent(), Integer::sum);
      }
    }
    return out;
  }

  public static boolean isOverAllocated(int totalPercent) {
    return totalPercent > MAX_TOTAL_PERCENT;
  }

  /** The people whose allocations on {@code date} add up to more than 100 %, with their totals. */
  public static Map<String, Integer> overAllocated(
      Collection<Allocation> allocations, LocalDate date) {
    Map<String, Integer> out = new TreeMap<>();
    totals(allocations, date)
        .forEach(
            (person, total) -> {
              if (isOverAllocated(total)) {
                out.put(person, total);
              }
            });
    return out;
  }

  /**
   * The role ended with {@code lastDay} as its last (inclusive) day. A last day before the start is
   * refused by {@link Period}; a role that had already ended before {@code lastDay} cannot be ended
   * again.
   */
  public static RoleAssignment end(RoleAssignment role, LocalDate lastDay) {
    Period ended = new Period(role.period().from(), lastDay);
    if (role.period().to() != null && role.period().to().isBefore(lastDay)) {
      throw new ConflictException(
              "roles.alreadyEnded",
              role.personId(),
              role.element().toString(),
              role.period().to().toString())
          .at("to");
    }
    return new RoleAssignment(
        role.kind(),
        role.element(),
        role.personId(),
        ended,
        role.competence(),
        role.delegatedBy(),
        role.delegatedAt());
  }
}
