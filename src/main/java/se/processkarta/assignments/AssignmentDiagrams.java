package se.processkarta.assignments;

import io.micronaut.context.annotation.Value;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.MonthDay;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import se.processkarta.changes.Users;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.SwedishTime;
import se.processkarta.render.AssignmentCharts;
import se.processkarta.render.AssignmentRoleChart;
import se.processkarta.render.PrintDocument;

/**
 * Turns assignments into the data of their diagrams and draws them as SVG, and into the
 * uppdragshandling as a document to print ({@link #brief}). The municipality's annual cycle (report
 * dates) is configurable: {@code processkarta.assignments.annual-cycle}, a list of "MM-DD Titel".
 */
@Singleton
public class AssignmentDiagrams {

  /** The most rings an årshjul draws: the cycle's ring and the groups with the most dates. */
  static final int MAX_RINGS = 10;

  private final AssignmentService assignments;
  private final Clock clock;
  private final List<String> annualCycle;
  private final Users users;

  AssignmentDiagrams(
      AssignmentService assignments,
      Users users,
      Clock clock,
      @Value(
              "${processkarta.assignments.annual-cycle:03-31 Årsredovisning,04-30 Delårsrapport 1,08-31 Delårsrapport 2,11-30 Mål och budget}")
          List<String> annualCycle) {
    this.assignments = assignments;
    this.users = users;
    this.clock = clock;
    this.annualCycle = List.copyOf(annualCycle);
  }

  /** The assignment's timeline: weeks × groups, sessions, joint milestones and today's line. */
  public String timeline(long id) {
    return timeline(assignments.get(id, null));
  }

  /**
   * What a drawing of one assignment depends on, for the render cache and the ETag: the view, the
   * assignment's revision and today (the timeline's line). The graph's names are read when the
   * brief is saved, so the revision covers them; the role overview reads units now, and a day later
   * at most it is drawn again.
   */
  public String key(String view, Assignment a) {
    return "assignment-"
        + view
        + "|"
        + a.id()
        + "|"
        + a.revision()
        + "|"
        + a.updatedAt()
        + "|"
        + SwedishTime.today(clock);
  }

  /**
   * The key of a drawing of the whole year (portfolio, årshjul): the year, checked (a 400 when it
   * is not one), the assignments' stamp, today and the annual cycle.
   */
  public String yearKey(String view, String year) {
    int y = year(year);
    return "assignments-"
        + view
        + "|"
        + y
        + "|"
        + assignments.stamp()
        + "|"
        + SwedishTime.today(clock)
        + "|"
        + annualCycle.hashCode();
  }

  /**
   * The role overview: the main responsible person and the manager, then each group with its
   * participants, their units and shares (projektgrupp, styrgrupp and referensgrupper first).
   */
  public String roles(Assignment a) {
    Brief b = a.brief();
    Set<String> ids = new LinkedHashSet<>();
    ids.add(b.responsibleId());
    ids.add(b.managerId());
    b.participants().forEach(p -> ids.add(p.personId()));
    Map<String, AssignmentService.PersonInfo> people = assignments.people(ids);
    Map<String, List<AssignmentRoleChart.Person>> groups = new java.util.LinkedHashMap<>();
    String none =
        se.processkarta.model.Messages.format(
            se.processkarta.model.Messages.SWEDISH, "assignments.chart.participants", List.of());
    List<Participant> ordered = new ArrayList<>(b.participants());
    ordered.sort(java.util.Comparator.comparingInt(p -> rank(p.group())));
    for (Participant p : ordered) {
      AssignmentService.PersonInfo info = people.get(p.personId());
      groups
          .computeIfAbsent(p.group() == null ? none : p.group(), k -> new ArrayList<>())
          .add(new AssignmentRoleChart.Person(info.name(), info.unit(), p.percent()));
    }
    AssignmentService.PersonInfo r = people.get(b.responsibleId());
    AssignmentService.PersonInfo m = people.get(b.managerId());
    int share =
        b.participants().stream()
            .filter(p -> p.personId().equals(b.responsibleId()))
            .mapToInt(Participant::percent)
            .sum();
    return AssignmentRoleChart.render(
        a.title(),
        new AssignmentRoleChart.Person(r.name(), r.unit(), share),
        new AssignmentRoleChart.Person(m.name(), m.unit(), 0),
        b.form() == OrganisationForm.PROJECT,
        groups.entrySet().stream()
            .map(e -> new AssignmentRoleChart.Group(e.getKey(), e.getValue()))
            .toList());
  }

  /** Projektgrupp, styrgrupp and referensgrupper first, in that order; other groups after. */
  static int rank(String group) {
    if (group == null) {
      return 4;
    }
    String g = group.toLowerCase(java.util.Locale.ROOT);
    if (g.startsWith("projektgrupp")) {
      return 0;
    }
    if (g.startsWith("styrgrupp")) {
      return 1;
    }
    if (g.startsWith("referensgrupp")) {
      return 2;
    }
    return 3;
  }

  /**
   * The brief as a document to print and register as a decision (laid out on A4 as tagged PDF/UA
   * and PDF/A): its facts, texts, participants, milestones and sessions, and who approved it when.
   */
  public PrintDocument brief(Assignment a) {
    Brief b = a.brief();
    Set<String> ids = new LinkedHashSet<>();
    ids.add(b.responsibleId());
    ids.add(b.managerId());
    b.participants().forEach(p -> ids.add(p.personId()));
    a.approvals()
        .forEach(
            x -> {
              ids.add(x.managerId());
              ids.addAll(x.forPeople());
              ids.add(x.user()); // a user is named as the person of the same id when it has no name
            });
    ids.addAll(a.pendingApprovals());
    Map<String, AssignmentService.PersonInfo> people = assignments.people(ids);
    Function<String, String> name = id -> people.containsKey(id) ? people.get(id).name() : id;

    List<PrintDocument.Fact> facts = new ArrayList<>();
    fact(facts, "kind", text("assignments.kind." + b.kind().name()));
    fact(facts, "form", text("assignments.form." + b.form().name()));
    fact(facts, "period", text("assignments.brief.periodValue", b.start() + "", b.end() + ""));
    fact(facts, "state", text("assignments.state." + a.state().name()));
    fact(facts, "responsible", name.apply(b.responsibleId()));
    fact(facts, "manager", name.apply(b.managerId()));
    if (b.processCode() != null) {
      fact(facts, "process", b.processCode());
    }
    if (b.diaryNumber() != null) {
      fact(facts, "diary", b.diaryNumber());
    }

    List<PrintDocument.Part> parts = new ArrayList<>();
    part(parts, "assignments.field.background", b.background());
    part(parts, "assignments.field.purpose", b.purpose());
    part(parts, "assignments.field.goals", b.goals());
    part(parts, "assignments.field.expectedResult", b.expectedResult());
    part(parts, "assignments.field.schedule", b.schedule());
    part(parts, "assignments.field.formReason", b.formReason());
    if (!b.participants().isEmpty()) {
      parts.add(
          table(
              "participants",
              List.of("name", "unit", "group", "percent"),
              b.participants().stream()
                  .map(
                      p -> {
                        AssignmentService.PersonInfo info = people.get(p.personId());
                        return List.of(
                            name.apply(p.personId()),
                            info == null || info.unit() == null ? "\u2013" : info.unit(),
                            p.group() == null ? "\u2013" : p.group(),
                            p.percent() + " %");
                      })
                  .toList()));
    }
    part(parts, "assignments.field.budget", b.budget());
    part(parts, "assignments.field.reporting", b.reporting());
    if (!b.milestones().isEmpty()) {
      parts.add(
          table(
              "milestones",
              List.of("date", "milestone"),
              b.milestones().stream()
                  .sorted(java.util.Comparator.comparing(Milestone::date))
                  .map(m -> List.of(m.date().toString(), m.title()))
                  .toList()));
    }
    if (!b.sessions().isEmpty()) {
      parts.add(
          table(
              "sessions",
              List.of("date", "group", "session"),
              b.sessions().stream()
                  .sorted(java.util.Comparator.comparing(Session::date))
                  .map(x -> List.of(x.date().toString(), x.group(), x.title()))
                  .toList()));
    }
    parts.addAll(approvals(a, name));
    return new PrintDocument(
        text("assignments.brief.title", b.title()),
        text("assignments.brief.subject"),
        facts,
        parts,
        text("assignments.brief.footer", String.valueOf(a.id()), String.valueOf(a.revision())));
  }

  /** Who approved the brief for whom, when and with what comment; and who has not yet. */
  private List<PrintDocument.Part> approvals(Assignment a, Function<String, String> name) {
    List<PrintDocument.Part> out = new ArrayList<>();
    if (a.approvals().isEmpty()) {
      out.add(
          new PrintDocument.Text(
              text("assignments.brief.approvals"), text("assignments.brief.approvals.none")));
    } else {
      Map<String, String> users =
          this.users.displayNames(a.approvals().stream().map(Approval::user).toList());
      java.time.format.DateTimeFormatter minute =
          java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
              .withZone(SwedishTime.ZONE);
      out.add(
          table(
              "approvals",
              List.of("manager", "forPeople", "by", "at", "comment"),
              a.approvals().stream()
                  .map(
                      x ->
                          List.of(
                              name.apply(x.managerId()),
                              String.join(", ", x.forPeople().stream().map(name).toList()),
                              users.getOrDefault(x.user(), x.user()).equals(x.user())
                                  ? name.apply(x.user())
                                  : users.get(x.user()),
                              minute.format(x.at()),
                              x.comment() == null || x.comment().isBlank()
                                  ? "\u2013"
                                  : x.comment()))
                  .toList()));
    }
    if (!a.pendingApprovals().isEmpty()) {
      out.add(
          new PrintDocument.Text(
              text("assignments.brief.pending"),
              String.join(", ", a.pendingApprovals().stream().map(name).toList())));
    }
    return out;
  }

  private static void fact(List<PrintDocument.Fact> out, String key, String value) {
    out.add(new PrintDocument.Fact(text("assignments.brief.fact." + key), value));
  }

  private static void part(List<PrintDocument.Part> out, String key, String value) {
    if (value != null && !value.isBlank()) {
      out.add(new PrintDocument.Text(text(key), value));
    }
  }

  private static PrintDocument.Table table(
      String key, List<String> columns, List<List<String>> rows) {
    return new PrintDocument.Table(
        text("assignments.brief." + key),
        text("assignments.brief." + key + ".caption"),
        columns.stream().map(c -> text("assignments.brief.column." + c)).toList(),
        rows);
  }

  private static String text(String key, String... args) {
    return se.processkarta.model.Messages.format(
        se.processkarta.model.Messages.SWEDISH, key, List.of(args));
  }

  /** The timeline of an assignment already read. */
  public String timeline(Assignment a) {
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
        SwedishTime.today(clock));
  }

  /** The year's assignments (all but withdrawn ones) as a Gantt chart. */
  public String portfolio(String year) {
    int y = year(year);
    return AssignmentCharts.portfolio(y, bars(y), SwedishTime.today(clock));
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

  /** The year asked for (this year when none is given), or a 400 in Swedish. */
  public int year(String year) {
    Integer y = AssignmentService.year(year);
    if (y == null) {
      return SwedishTime.today(clock).getYear();
    }
    if (y < 1900 || y > 2200) {
      throw new InvalidInputException("assignments.year.invalid", String.valueOf(y));
    }
    return y;
  }
}
