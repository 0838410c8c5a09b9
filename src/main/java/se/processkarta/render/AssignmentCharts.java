package se.processkarta.render;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import org.w3c.dom.Element;
import se.processkarta.model.Messages;

/**
 * The assignments' diagrams: one assignment's timeline (weeks × groups, sessions, joint milestones
 * and today's line), the year's portfolio as a Gantt chart, and the årshjul (months round a circle,
 * one ring per board or group, with report dates and milestones). Each takes plain data and gives
 * deterministic SVG: no clock is read here, "today" comes from the caller.
 */
public final class AssignmentCharts {

  /** A dated mark: a milestone, a report date. */
  public record Mark(LocalDate date, String title) {}

  /** A working session of one group. */
  public record GroupSession(String group, LocalDate date, String title) {}

  /** One assignment as a bar of the portfolio. */
  public record Bar(
      long id,
      String title,
      String kind,
      String form,
      String state,
      LocalDate start,
      LocalDate end,
      List<Mark> milestones) {
    public Bar {
      milestones = List.copyOf(milestones);
    }
  }

  /** One ring of the årshjul: a board or group and its dates. */
  public record Ring(String name, List<Mark> marks) {
    public Ring {
      marks = List.copyOf(marks);
    }
  }

  static final Locale SV = Messages.SWEDISH;
  private static final String INK = "#1f2a33";
  private static final String GRID = "#d5dbe0";
  private static final String TODAY = "#c0392b";
  private static final String SESSION = "#2e86c1";
  private static final String MILESTONE = "#b9770e";
  private static final TextStyle TITLE = TextStyle.bold(16, INK);
  private static final TextStyle LABEL = TextStyle.plain(11, INK);
  private static final TextStyle SMALL = TextStyle.plain(9, INK);

  private AssignmentCharts() {}

  private static String t(String key, Object... args) {
    return Messages.format(SV, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
  }

  /** Weeks across, one row per group, a dot per session, a diamond per joint milestone. */
  public static String timeline(
      String title,
      LocalDate start,
      LocalDate end,
      List<String> groups,
      List<GroupSession> sessions,
      List<Mark> milestones,
      LocalDate today) {
    LocalDate first = start.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate last = end.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    int weeks = (int) Math.min(260, ChronoUnit.WEEKS.between(first, last.plusDays(1)));
    weeks = Math.max(weeks, 1);
    double left = 160;
    double top = 70;
    double col = 34;
    double row = 34;
    double milestoneRow = 40;
    for (String g : groups) {
      left = Math.max(left, 24 + TextMeasure.width(g, LABEL));
    }
    String heading = t("assignments.chart.timeline", title);
    double width = Math.max(left + weeks * col + 20, 24 + TextMeasure.width(heading, TITLE));
    // Each milestone is named under its diamond; names that would meet go to the next lane.
    List<Mark> byDate =
        milestones.stream().sorted(java.util.Comparator.comparing(Mark::date)).toList();
    List<String> names = new java.util.ArrayList<>();
    List<double[]> spans = new java.util.ArrayList<>();
    for (Mark m : byDate) {
      String name = shortDate(m.date()) + " " + m.title();
      double x = left + ChronoUnit.DAYS.between(first, m.date()) / 7.0 * col;
      double w = TextMeasure.width(name, SMALL);
      names.add(name);
      spans.add(new double[] {x - 4, x - 4 + w});
      width = Math.max(width, x - 4 + w + 8);
    }
    int[] lane = LabelLayout.lanes(spans, 10);
    int lanes = java.util.Arrays.stream(lane).max().orElse(-1) + 1;
    double height =
        top + (groups.size() + 1) * row + milestoneRow + 30 + lanes * SMALL.lineHeight();
    Svg svg = new Svg(width, height, heading, title);
    Element root = svg.root();
    svg.text(root, 12, 24, heading, TITLE);
    Element grid = svg.group(root, "weeks");
    int shownYear = -1;
    for (int w = 0; w < weeks; w++) {
      LocalDate monday = first.plusWeeks(w);
      double x = left + w * col;
      // ISO week numbers repeat each year: the week-based year stands above its first week shown.
      int year = monday.get(IsoFields.WEEK_BASED_YEAR);
      if (year != shownYear) {
        shownYear = year;
        Element y =
            svg.text(
                grid,
                x + 2,
                top - 26,
                String.valueOf(year),
                new TextStyle(SMALL.size(), true, false, SMALL.fill(), null));
        y.setAttribute("class", "year");
      }
      svg.text(
          grid,
          x + col / 2,
          top - 8,
          t("assignments.chart.week", monday.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR)),
          SMALL.centred());
      Element line =
          svg.path(
              grid,
              "M" + Svg.num(x) + "," + Svg.num(top) + " V" + Svg.num(height - 30),
              GRID,
              1,
              false);
      line.setAttribute("class", "week");
      line.setAttribute("shape-rendering", "crispEdges"); // a rule of the grid: it joins nothing
    }
    Element rows = svg.group(root, "groups");
    for (int g = 0; g < groups.size(); g++) {
      double y = top + g * row;
      svg.rect(rows, 0, y, width, row, 0, g % 2 == 0 ? "#f4f6f8" : "#ffffff");
      svg.text(rows, 12, y + row / 2 + 4, groups.get(g), LABEL);
      for (GroupSession s : sessions) {
        if (!s.group().equals(groups.get(g))) {
          continue;
        }
        double x = left + ChronoUnit.DAYS.between(first, s.date()) / 7.0 * col;
        Element dot = svg.add(rows, "circle");
        dot.setAttribute("cx", Svg.num(x));
        dot.setAttribute("cy", Svg.num(y + row / 2));
        dot.setAttribute("r", "6");
        dot.setAttribute("fill", SESSION);
        svg.add(dot, "title").setTextContent(s.date() + " " + s.title());
      }
    }
    double my = top + groups.size() * row + milestoneRow / 2;
    Element marks = svg.group(root, "milestones");
    svg.text(marks, 12, my + 4, t("assignments.chart.joint"), LABEL);
    for (int i = 0; i < byDate.size(); i++) {
      Mark m = byDate.get(i);
      double x = left + ChronoUnit.DAYS.between(first, m.date()) / 7.0 * col;
      Element d =
          svg.path(
              marks,
              "M" + Svg.num(x) + "," + Svg.num(my - 8) + " l8,8 l-8,8 l-8,-8 z",
              INK,
              1,
              false);
      d.setAttribute("fill", MILESTONE);
      svg.add(d, "title").setTextContent(m.date() + " " + m.title());
      double y = my + 8 + (lane[i] + 1) * SMALL.lineHeight();
      if (lane[i] > 0) {
        // A leader from the diamond down to a name that had to go further down.
        svg.path(
                marks,
                "M" + Svg.num(x) + "," + Svg.num(my + 8) + " V" + Svg.num(y - SMALL.size()),
                GRID,
                1,
                false)
            .setAttribute("class", "leader");
      }
      svg.text(marks, spans.get(i)[0], y, names.get(i), SMALL).setAttribute("class", "label");
    }
    if (!today.isBefore(first) && !today.isAfter(last)) {
      double x = left + ChronoUnit.DAYS.between(first, today) / 7.0 * col;
      Element line =
          svg.path(
              root,
              "M" + Svg.num(x) + "," + Svg.num(top - 4) + " V" + Svg.num(height - 24),
              TODAY,
              2,
              false);
      line.setAttribute("id", "today");
      line.setAttribute("shape-rendering", "crispEdges");
      svg.text(
          root, x + 3, height - 10, t("assignments.chart.today", today), SMALL.withFill(TODAY));
    }
    return svg.toXml();
  }

  /** The year's assignments as a Gantt chart: months across, one bar per assignment. */
  public static String portfolio(int year, List<Bar> bars, LocalDate today) {
    LocalDate jan1 = LocalDate.of(year, 1, 1);
    int days = jan1.lengthOfYear();
    double left = 300;
    double top = 64;
    double row = 22;
    double yearWidth = 960;
    double width = left + yearWidth + 20;
    double height = top + Math.max(1, bars.size()) * row + 30;
    Svg svg = new Svg(width, height, t("assignments.chart.portfolio", year), "");
    Element root = svg.root();
    svg.text(root, 12, 24, t("assignments.chart.portfolio", year), TITLE);
    Element months = svg.group(root, "months");
    for (Month m : Month.values()) {
      double x =
          left + ChronoUnit.DAYS.between(jan1, jan1.withMonth(m.getValue())) * yearWidth / days;
      svg.path(
              months,
              "M" + Svg.num(x) + "," + Svg.num(top - 4) + " V" + Svg.num(height - 24),
              GRID,
              1,
              false)
          .setAttribute("shape-rendering", "crispEdges");
      svg.text(
          months,
          x + 4,
          top - 10,
          m.getDisplayName(java.time.format.TextStyle.SHORT_STANDALONE, SV),
          SMALL);
    }
    // The year's end closes the grid, so the chart ends where the year does.
    svg.path(
            months,
            "M" + Svg.num(left + yearWidth) + "," + Svg.num(top - 4) + " V" + Svg.num(height - 24),
            GRID,
            1,
            false)
        .setAttribute("shape-rendering", "crispEdges");
    // Raw markup: 500 bars as DOM nodes would cost more than the budget allows.
    Svg.Markup body = svg.markup(root, "bars", bars.size() * 400);
    for (int i = 0; i < bars.size(); i++) {
      Bar b = bars.get(i);
      double y = top + i * row;
      LocalDate from = b.start().isBefore(jan1) ? jan1 : b.start();
      LocalDate to = b.end().getYear() > year ? LocalDate.of(year, 12, 31) : b.end();
      double x0 = left + ChronoUnit.DAYS.between(jan1, from) * yearWidth / days;
      double x1 = left + (ChronoUnit.DAYS.between(jan1, to) + 1) * yearWidth / days;
      // The assignment's name and bar lead to its page.
      body.open("a", "xlink:href", "/uppdrag/" + b.id(), "class", "bar")
          .open("text", "x", "8", "y", Svg.num(y + 15), "font-size", "9", "fill", INK)
          .text(fit(b.title(), SMALL, left - 16))
          .close("text")
          .newline();
      body.open(
              "rect",
              "x",
              Svg.num(x0),
              "y",
              Svg.num(y + 4),
              "width",
              Svg.num(Math.max(2, x1 - x0)),
              "height",
              Svg.num(row - 8),
              "rx",
              "3",
              "fill",
              colour(b.state()))
          .open("title")
          .text(b.title() + " (" + b.start() + " \u2013 " + b.end() + ")")
          .close("title")
          .close("rect")
          .close("a")
          .newline();
      for (Mark m : b.milestones()) {
        if (m.date().getYear() == year) {
          double x = left + ChronoUnit.DAYS.between(jan1, m.date()) * yearWidth / days;
          double my = y + row / 2;
          body.open(
                  "path",
                  "d",
                  "M" + Svg.num(x) + "," + Svg.num(my - 5) + " l5,5 l-5,5 l-5,-5 z",
                  "fill",
                  MILESTONE)
              .open("title")
              .text(m.date() + " " + m.title())
              .close("title")
              .close("path")
              .newline();
        }
      }
    }
    if (today.getYear() == year) {
      double x = left + ChronoUnit.DAYS.between(jan1, today) * yearWidth / days;
      Element line =
          svg.path(
              root,
              "M" + Svg.num(x) + "," + Svg.num(top - 4) + " V" + Svg.num(height - 24),
              TODAY,
              2,
              false);
      line.setAttribute("id", "today");
      line.setAttribute("shape-rendering", "crispEdges");
    }
    return svg.toXml();
  }

  /** The text, cut with an ellipsis where it would be wider than {@code max}. */
  static String fit(String s, TextStyle style, double max) {
    if (TextMeasure.width(s, style) <= max) {
      return s;
    }
    int end = s.length();
    while (end > 1 && TextMeasure.width(s.substring(0, end) + "\u2026", style) > max) {
      end = s.offsetByCodePoints(end, -1);
    }
    return s.substring(0, end) + "\u2026";
  }

  private static String colour(String state) {
    return switch (state) {
      case "DECIDED" -> "#27ae60";
      case "SUBMITTED" -> "#f5b041";
      case "CLOSED" -> "#95a5a6";
      default -> "#aab7c4";
    };
  }

  /**
   * The annual wheel: twelve months round the circle starting at the top, one ring per board or
   * group from the inside out, each mark a dot on its ring at its day of the year.
   */
  public static String arshjul(int year, List<Ring> rings) {
    double inner = 90;
    double ringWidth = 46;
    double outer = inner + Math.max(1, rings.size()) * ringWidth;
    double size = 2 * (outer + 60);
    double cy = size / 2 + 40;
    int days = LocalDate.of(year, 1, 1).lengthOfYear();

    // Every date is named beside the wheel, on the side it sits on, the names stacked so that
    // none covers another, each joined to its dot by a leader.
    record Dot(double dx, double dy, int ring, Mark mark, String name, double width) {}
    List<Dot> right = new java.util.ArrayList<>();
    List<Dot> left = new java.util.ArrayList<>();
    for (int r = 0; r < rings.size(); r++) {
      double radius = inner + r * ringWidth + ringWidth / 2;
      for (Mark m : rings.get(r).marks()) {
        if (m.date().getYear() != year) {
          continue;
        }
        double a = angle(m.date().getDayOfYear() - 0.5, days);
        String name = shortDate(m.date()) + " " + m.title();
        Dot d =
            new Dot(
                radius * Math.sin(a),
                -radius * Math.cos(a),
                r,
                m,
                name,
                TextMeasure.width(name, SMALL));
        (d.dx() >= 0 ? right : left).add(d);
      }
    }
    java.util.Comparator<Dot> byHeight = java.util.Comparator.comparingDouble(Dot::dy);
    right.sort(byHeight);
    left.sort(byHeight);
    double gap = 48; // clear of the month names, which stand 24 outside the wheel
    double leftColumn = left.stream().mapToDouble(Dot::width).max().orElse(0);
    double c = Math.max(size / 2, outer + gap + leftColumn + 12);
    double rightColumn = right.stream().mapToDouble(Dot::width).max().orElse(0);
    double width = c + Math.max(size / 2, outer + gap + rightColumn + 12);
    double step = SMALL.lineHeight();
    double[] rightY =
        LabelLayout.spread(right.stream().map(d -> cy + d.dy() + 3).toList(), step, 56, size + 32);
    double[] leftY =
        LabelLayout.spread(left.stream().map(d -> cy + d.dy() + 3).toList(), step, 56, size + 32);
    double height = size + 40;
    for (double y : rightY) {
      height = Math.max(height, y + 8);
    }
    for (double y : leftY) {
      height = Math.max(height, y + 8);
    }

    Svg svg = new Svg(width, height, t("assignments.chart.arshjul", year), "");
    Element root = svg.root();
    svg.text(root, 12, 24, t("assignments.chart.arshjul", year), TITLE);
    Element ringsG = svg.group(root, "rings");
    for (int r = rings.size() - 1; r >= 0; r--) {
      double radius = inner + (r + 1) * ringWidth;
      Element circle = svg.add(ringsG, "circle");
      circle.setAttribute("cx", Svg.num(c));
      circle.setAttribute("cy", Svg.num(cy));
      circle.setAttribute("r", Svg.num(radius));
      circle.setAttribute("fill", r % 2 == 0 ? "#eef2f5" : "#f8fafb");
      Svg.stroke(circle, GRID, 1, false);
      svg.text(ringsG, c + 4, cy - radius + ringWidth / 2 + 4, rings.get(r).name(), SMALL);
    }
    Element hub = svg.add(ringsG, "circle");
    hub.setAttribute("cx", Svg.num(c));
    hub.setAttribute("cy", Svg.num(cy));
    hub.setAttribute("r", Svg.num(inner));
    hub.setAttribute("fill", "#ffffff");
    Svg.stroke(hub, GRID, 1, false);
    Element monthsG = svg.group(root, "months");
    for (Month m : Month.values()) {
      int doy = LocalDate.of(year, m, 1).getDayOfYear() - 1;
      double a = angle(doy, days);
      svg.path(
              monthsG,
              "M"
                  + Svg.num(c + inner * Math.sin(a))
                  + ","
                  + Svg.num(cy - inner * Math.cos(a))
                  + " L"
                  + Svg.num(c + outer * Math.sin(a))
                  + ","
                  + Svg.num(cy - outer * Math.cos(a)),
              GRID,
              1,
              false)
          .setAttribute("shape-rendering", "crispEdges");
      double mid = angle(doy + m.length(java.time.Year.isLeap(year)) / 2.0, days);
      svg.text(
          monthsG,
          c + (outer + 24) * Math.sin(mid),
          cy - (outer + 24) * Math.cos(mid) + 4,
          m.getDisplayName(java.time.format.TextStyle.SHORT_STANDALONE, SV),
          LABEL.centred());
    }
    Element marks = svg.group(root, "marks");
    for (int side = 0; side < 2; side++) {
      List<Dot> dots = side == 0 ? right : left;
      double[] ys = side == 0 ? rightY : leftY;
      double labelX = side == 0 ? c + outer + gap : c - outer - gap;
      for (int i = 0; i < dots.size(); i++) {
        Dot d = dots.get(i);
        double px = c + d.dx();
        double py = cy + d.dy();
        svg.path(
                marks,
                "M"
                    + Svg.num(px)
                    + ","
                    + Svg.num(py)
                    + " L"
                    + Svg.num(labelX + (side == 0 ? -4 : 4))
                    + ","
                    + Svg.num(ys[i] - 3),
                GRID,
                1,
                false)
            .setAttribute("class", "leader");
        Element dot = svg.add(marks, "circle");
        dot.setAttribute("cx", Svg.num(px));
        dot.setAttribute("cy", Svg.num(py));
        dot.setAttribute("r", "5");
        dot.setAttribute("fill", d.ring() == 0 ? TODAY : SESSION);
        svg.add(dot, "title").setTextContent(d.mark().date() + " " + d.mark().title());
        svg.text(marks, side == 0 ? labelX : labelX - d.width(), ys[i], d.name(), SMALL)
            .setAttribute("class", "label");
      }
    }
    svg.text(root, c, cy + 5, String.valueOf(year), TITLE.centred());
    return svg.toXml();
  }

  /** "2 mars": a date short enough to stand before a name. */
  static String shortDate(LocalDate d) {
    return d.getDayOfMonth()
        + " "
        + d.getMonth().getDisplayName(java.time.format.TextStyle.FULL, SV);
  }

  private static double angle(double dayOfYear, int days) {
    return 2 * Math.PI * dayOfYear / days;
  }
}
