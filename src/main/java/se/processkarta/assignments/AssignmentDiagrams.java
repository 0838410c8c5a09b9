package se.processkarta.assignments;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.processkarta.model.InvalidInputException;
import se.processkarta.render.AssignmentCharts;

/**
 * Turns assignments into the data of their diagrams and draws them as SVG. The municipality's
 * annual cycle (report dates) is configurable: {@code processkarta.assignments.annual-cycle}, a
 * list of "MM-DD Titel".
 */
@Singleton
public class AssignmentDiagrams {

  /** The most rings an årshjul draws: the cycle's ring and the groups with the most dates. */
  static final int MAX_RINGS = 10;

  private final AssignmentService assignments;
  private final Clock clock;
  private final List<String> annualCycle;

  AssignmentDiagrams(
      AssignmentService assignments,
      Clock clock,
      @Value(
              "${processkarta.assignments.annual-cycle:03-31 Årsredovisning,04-30 Delårsrapport 1,08-31 Delårsrapport 2,11-30 Mål och budget}")
          List<String> annualCycle) {
    this.assignments = assignments;
    this.clock = clock;
    this.annualCycle = List.copyOf(annualCycle);
  }

  /** The assignment's timeline: weeks × groups, sessions, joint milestones and today's line. */
  public String timeline(long id) {
    Assignment a = assignments.get(id, null);
    Brief b = a.brief();
    Set<String> groups = new LinkedHashSet<>();
    b.participants().forEach(p -> groups.add(p.group() == null ? "\u2013" : p.group()));
    b.sessions().forEach(s -> groups.add(s.group()));
    return AssignmentCharts.timeline(
        a.title(),
        b.start(),
        b.end(),
        List.copyOf(groups),
        b.sessions().stream()
            .map(s -> new AssignmentCharts.GroupSession(s.group(), s.date(), s.title()))
            .toList(),
        marks(b.milestones()),
        LocalDate.now(clock));
  }

  /** The year's assignments (all but withdrawn ones) as a Gantt chart. */
  public String portfolio(String year) {
    int y = year(year);
    return AssignmentCharts.portfolio(y, bars(y), LocalDate.now(clock));
  }

  /** The bars of a year, for the chart and for its benchmark. */
  public List<AssignmentCharts.Bar> bars(int y) {
    return assignments
        .list(new AssignmentFilter(null, null, null, null, null, null, "" + y, null))
        .stream()
        .filter(a -> a.state() != AssignmentState.WITHDRAWN)
        .map(
            a ->
                new AssignmentCharts.Bar(
                    a.id(),
                    a.title(),
                    a.kind().name(),
                    a.form().name(),
                    a.state().name(),
                    a.brief().start(),
                    a.brief().end(),
                    marks(a.brief().milestones())))
        .toList();
  }

  /**
   * The årshjul: the annual cycle's report dates on the innermost ring, then one ring per board or
   * group with its sessions and the milestones of the assignments it takes part in.
   */
  public String arshjul(String year) {
    int y = year(year);
    List<AssignmentCharts.Ring> rings = new ArrayList<>();
    rings.add(
        new AssignmentCharts.Ring(
            se.processkarta.model.Messages.format(
                se.processkarta.model.Messages.SWEDISH, "assignments.chart.cycle", List.of()),
            cycle(y)));
    Map<String, List<AssignmentCharts.Mark>> byGroup = new TreeMap<>();
    for (Assignment a : assignments.list(AssignmentFilter.ofState(AssignmentState.DECIDED))) {
      if (!AssignmentService.overlapsYear(a.brief(), y)) {
        continue;
      }
      for (Session s : a.brief().sessions()) {
        byGroup
            .computeIfAbsent(s.group(), k -> new ArrayList<>())
            .add(new AssignmentCharts.Mark(s.date(), s.title()));
      }
      for (Participant p : a.brief().participants()) {
        if (p.group() != null) {
          byGroup
              .computeIfAbsent(p.group(), k -> new ArrayList<>())
              .addAll(marks(a.brief().milestones()));
        }
      }
    }
    byGroup.entrySet().stream()
        .sorted((x, z) -> Integer.compare(z.getValue().size(), x.getValue().size()))
        .limit(MAX_RINGS - 1)
        .sorted(Map.Entry.comparingByKey())
        .forEach(e -> rings.add(new AssignmentCharts.Ring(e.getKey(), distinct(e.getValue()))));
    return AssignmentCharts.arshjul(y, rings);
  }

  private static List<AssignmentCharts.Mark> distinct(List<AssignmentCharts.Mark> marks) {
    return marks.stream()
        .distinct()
        .sorted(
            java.util.Comparator.comparing(AssignmentCharts.Mark::date)
                .thenComparing(AssignmentCharts.Mark::title))
        .toList();
  }

  List<AssignmentCharts.Mark> cycle(int year) {
    List<AssignmentCharts.Mark> out = new ArrayList<>();
    for (String entry : annualCycle) {
      String e = entry.strip();
      int space = e.indexOf(' ');
      try {
        MonthDay md = MonthDay.parse("--" + (space < 0 ? e : e.substring(0, space)));
        out.add(new AssignmentCharts.Mark(md.atYear(year), space < 0 ? e : e.substring(space + 1)));
      } catch (DateTimeParseException ex) {
        throw new IllegalStateException("processkarta.assignments.annual-cycle: " + e, ex);
      }
    }
    return out;
  }

  private static List<AssignmentCharts.Mark> marks(List<Milestone> ms) {
    return ms.stream().map(m -> new AssignmentCharts.Mark(m.date(), m.title())).toList();
  }

  private int year(String year) {
    Integer y = AssignmentService.year(year);
    if (y == null) {
      return LocalDate.now(clock).getYear();
    }
    if (y < 1900 || y > 2200) {
      throw new InvalidInputException("assignments.year.invalid", String.valueOf(y));
    }
    return y;
  }
}
