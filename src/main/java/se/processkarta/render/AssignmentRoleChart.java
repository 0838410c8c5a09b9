package se.processkarta.render;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import se.processkarta.model.Messages;

/**
 * The role overview of one assignment: who is the main responsible person (huvudansvarig) and the
 * manager (ansvarig chef) on the top row, then one box per group (projektgrupp, styrgrupp,
 * referensgrupper, the boards) listing its participants with their unit and share of working time.
 * Plain data in, deterministic SVG out; every text goes through the DOM, so it is escaped.
 */
public final class AssignmentRoleChart {

  /** A person as the overview shows them. */
  public record Person(String name, String unit, int percent) {}

  /** A group and its people, in the order given. */
  public record Group(String name, List<Person> people) {
    public Group {
      people = List.copyOf(people);
    }
  }

  private static final String INK = "#1f2a33";
  private static final String FRAME = "#4a5560";
  private static final TextStyle TITLE = TextStyle.bold(16, INK);
  private static final TextStyle HEAD = TextStyle.bold(12, INK);
  private static final TextStyle NAME = TextStyle.plain(11, INK);
  private static final TextStyle SMALL = TextStyle.plain(9, "#4a5560");
  private static final double PAD = 12;
  private static final double GAP = 24;

  private AssignmentRoleChart() {}

  private static String t(String key, Object... args) {
    return Messages.format(
        Messages.SWEDISH, key, java.util.Arrays.stream(args).map(String::valueOf).toList());
  }

  /**
   * The overview.
   *
   * @param responsible the main responsible person (huvudansvarig, projektledare in a projekt)
   * @param manager the manager with the resource and budget responsibility
   * @param projectLead whether the responsible person is called projektledare (a projekt)
   */
  public static String render(
      String title, Person responsible, Person manager, boolean projectLead, List<Group> groups) {
    String heading = t("assignments.chart.roles", title);
    double y0 = 44;
    List<Card> top =
        List.of(
            card(
                t(projectLead ? "assignments.chart.projectLead" : "assignments.chart.responsible"),
                List.of(responsible)),
            card(t("assignments.chart.manager"), List.of(manager)));
    List<Card> cards = new ArrayList<>();
    for (Group g : groups) {
      int sum = g.people().stream().mapToInt(Person::percent).sum();
      String head =
          g.people().size() == 1
              ? t("assignments.chart.groupOfOne", g.name(), sum)
              : t("assignments.chart.group", g.name(), g.people().size(), sum);
      cards.add(card(head, g.people()));
    }
    double topWidth = PAD + top.get(0).w + GAP + top.get(1).w + PAD;
    double rowWidth = PAD;
    for (Card c : cards) {
      rowWidth += c.w + GAP;
    }
    rowWidth = rowWidth - GAP + PAD;
    double topHeight = Math.max(top.get(0).h, top.get(1).h);
    double y1 = y0 + topHeight + GAP;
    double rowHeight = 0;
    for (Card c : cards) {
      rowHeight = Math.max(rowHeight, c.h);
    }
    double width =
        Math.max(Math.max(topWidth, rowWidth), PAD + TextMeasure.width(heading, TITLE) + PAD);
    double height = (cards.isEmpty() ? y0 + topHeight : y1 + rowHeight) + PAD;
    Svg svg = new Svg(width, height, heading, title);
    Element root = svg.root();
    svg.text(root, PAD, 26, heading, TITLE);
    Element responsibility = svg.group(root, "responsibility");
    draw(svg, responsibility, top.get(0), PAD, y0, "#e8f1f8");
    draw(svg, responsibility, top.get(1), PAD + top.get(0).w + GAP, y0, "#fdf2e3");
    Element groupsG = svg.group(root, "groups");
    double x = PAD;
    for (Card c : cards) {
      draw(svg, groupsG, c, x, y1, "#f4f6f8");
      x += c.w + GAP;
    }
    return svg.toXml();
  }

  /** A box's texts and size: a heading, then per person a name line and a unit/share line. */
  private record Card(String head, List<String[]> lines, double w, double h) {}

  private static Card card(String head, List<Person> people) {
    List<String[]> lines = new ArrayList<>();
    double w = TextMeasure.width(head, HEAD);
    for (Person p : people) {
      String detail =
          p.percent() > 0
              ? t("assignments.chart.share", p.unit() == null ? "\u2013" : p.unit(), p.percent())
              : p.unit() == null ? "\u2013" : p.unit();
      lines.add(new String[] {p.name(), detail});
      w = Math.max(w, TextMeasure.width(p.name(), NAME));
      w = Math.max(w, TextMeasure.width(detail, SMALL));
    }
    double h =
        PAD + HEAD.lineHeight() + people.size() * (NAME.lineHeight() + SMALL.lineHeight() + 4);
    return new Card(head, lines, Math.ceil(w + 2 * PAD), Math.ceil(h + PAD / 2));
  }

  private static void draw(Svg svg, Element parent, Card c, double x, double y, String fill) {
    Element g = svg.group(parent, null);
    Element box = svg.rect(g, x, y, c.w, c.h, 4, fill);
    Svg.stroke(box, FRAME, 1, false);
    double baseline = y + PAD + HEAD.size() - 2;
    svg.text(g, x + PAD, baseline, c.head, HEAD);
    baseline += HEAD.lineHeight() - HEAD.size() + 4;
    for (String[] line : c.lines) {
      baseline += NAME.size();
      svg.text(g, x + PAD, baseline, line[0], NAME);
      baseline += SMALL.lineHeight();
      svg.text(g, x + PAD, baseline, line[1], SMALL);
      baseline += NAME.lineHeight() - NAME.size() + 4;
    }
  }
}
