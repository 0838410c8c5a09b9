package se.processkarta.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.processkarta.render.AssignmentCharts.Bar;
import se.processkarta.render.AssignmentCharts.GroupSession;
import se.processkarta.render.AssignmentCharts.Mark;
import se.processkarta.render.AssignmentCharts.Ring;

/**
 * The assignments' diagrams against golden files, with hostile text kept inert, today's line where
 * the injected date says, and the drawing parsing and rendering to a PNG.
 */
class AssignmentChartsTest {

  static final Path GOLDEN = SvgGoldenTest.GOLDEN;
  static final String HOSTILE = "KS <script>alert(1)</script> & \"citat\" 'enkla' åäö";
  static final LocalDate TODAY = LocalDate.of(2026, 10, 14);

  static String timeline() {
    return AssignmentCharts.timeline(
        "Revidera riktlinjen " + HOSTILE,
        LocalDate.of(2026, 9, 7),
        LocalDate.of(2026, 12, 18),
        List.of(HOSTILE, "SN", "BUN", "KTN", "MBN"),
        List.of(
            new GroupSession(HOSTILE, LocalDate.of(2026, 9, 15), "Riskanalys " + HOSTILE),
            new GroupSession("SN", LocalDate.of(2026, 9, 17), "Riskanalys"),
            new GroupSession("BUN", LocalDate.of(2026, 10, 27), "Kontrollmoment"),
            new GroupSession("MBN", LocalDate.of(2026, 12, 3), "Beslut")),
        List.of(
            new Mark(LocalDate.of(2026, 9, 8), "Gemensam uppstart"),
            new Mark(LocalDate.of(2026, 12, 15), "Antagande i KS " + HOSTILE)),
        TODAY);
  }

  static String portfolio() {
    return AssignmentCharts.portfolio(2026, bars(6), TODAY);
  }

  static List<Bar> bars(int n) {
    List<Bar> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add(
          new Bar(
              i + 1,
              (i == 0 ? HOSTILE : "Uppdrag ") + (i + 1),
              "COORDINATION",
              "WORKING_GROUP",
              i % 3 == 0 ? "DECIDED" : i % 3 == 1 ? "SUBMITTED" : "CLOSED",
              LocalDate.of(2025, 11, 1).plusDays(37L * i),
              LocalDate.of(2026, 3, 1).plusDays(53L * i),
              List.of(new Mark(LocalDate.of(2026, 2, 1).plusDays(29L * i), "Avstämning"))));
    }
    return out;
  }

  static String arshjul() {
    return AssignmentCharts.arshjul(
        2026,
        List.of(
            new Ring("Årshjulet", List.of(new Mark(LocalDate.of(2026, 8, 31), "Delårsrapport"))),
            new Ring(HOSTILE, List.of(new Mark(LocalDate.of(2026, 12, 15), "Beslut " + HOSTILE))),
            new Ring("SN", List.of(new Mark(LocalDate.of(2026, 1, 1), "Årets första dag")))));
  }

  @Test
  void theTimelineMatchesItsGoldenFileWithTodaysLineAndInertText() {
    String svg = timeline();
    SvgChecks.assertSameAsFile(svg, GOLDEN.resolve("assignment-timeline.svg"));
    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;").contains("id=\"today\"");
    SvgChecks.parse(svg);
    SvgChecks.assertNotBlank(Transcoding.png(svg));
  }

  @Test
  void thePortfolioMatchesItsGoldenFile() {
    String svg = portfolio();
    SvgChecks.assertSameAsFile(svg, GOLDEN.resolve("assignment-portfolio.svg"));
    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;");
    SvgChecks.parse(svg);
    assertThat(SvgChecks.parse(svg).getElementsByTagName("rect").getLength())
        .isGreaterThanOrEqualTo(6);
  }

  @Test
  void theArshjulMatchesItsGoldenFileWithTwelveMonths() {
    String svg = arshjul();
    SvgChecks.assertSameAsFile(svg, GOLDEN.resolve("assignment-arshjul.svg"));
    assertThat(svg).contains(">jan.<").contains(">dec.<").doesNotContain("<script>");
    SvgChecks.assertNotBlank(Transcoding.png(svg));
  }

  /** The labels' boxes (class "label"), as DejaVu Sans sets them: x, top, right, bottom. */
  static List<double[]> labelBoxes(String svg) {
    org.w3c.dom.NodeList texts = SvgChecks.parse(svg).getElementsByTagName("text");
    List<double[]> out = new ArrayList<>();
    for (int i = 0; i < texts.getLength(); i++) {
      org.w3c.dom.Element t = (org.w3c.dom.Element) texts.item(i);
      if (!"label".equals(t.getAttribute("class"))) {
        continue;
      }
      float size = Float.parseFloat(t.getAttribute("font-size"));
      double x = Double.parseDouble(t.getAttribute("x"));
      double y = Double.parseDouble(t.getAttribute("y"));
      double w = TextMeasure.width(t.getTextContent(), TextStyle.plain(size, "#000"));
      out.add(new double[] {x, y - size, x + w, y + size * 0.25});
    }
    return out;
  }

  /** Every pair of labels that cover each other, in words. */
  static List<String> overlaps(List<double[]> boxes) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < boxes.size(); i++) {
      for (int j = i + 1; j < boxes.size(); j++) {
        double[] a = boxes.get(i);
        double[] b = boxes.get(j);
        if (a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3]) {
          out.add("label " + i + " covers label " + j);
        }
      }
    }
    return out;
  }

  @Test
  void milestonesCloseTogetherAreAllNamedAndNoNameCoversAnother() {
    List<Mark> crowded = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      crowded.add(new Mark(LocalDate.of(2026, 10, 1).plusDays(i), "Milstolpe nummer " + i));
    }
    String svg =
        AssignmentCharts.timeline(
            "Trångt",
            LocalDate.of(2026, 9, 28),
            LocalDate.of(2026, 10, 30),
            List.of("A"),
            List.of(),
            crowded,
            TODAY);
    List<double[]> boxes = labelBoxes(svg);
    assertThat(boxes).hasSize(12);
    assertThat(overlaps(boxes)).isEmpty();
    assertThat(svg).contains(">1 oktober Milstolpe nummer 0<").contains("class=\"leader\"");
    assertThat(SvgGeometry.check(svg)).isEmpty();
    double width =
        Double.parseDouble(SvgChecks.parse(svg).getDocumentElement().getAttribute("width"));
    assertThat(boxes).allSatisfy(b -> assertThat(b[2]).isLessThanOrEqualTo(width));
  }

  @Test
  void everyDateOfTheArshjulIsNamedBesideItAndNoNameCoversAnother() {
    List<Mark> sessions = new ArrayList<>();
    List<Mark> cycle = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      sessions.add(new Mark(LocalDate.of(2026, 3, 2).plusDays(i), "Arbetsmöte " + i));
      cycle.add(
          new Mark(LocalDate.of(2026, 9, 1).plusDays(2L * i), "Rapport " + i + " " + HOSTILE));
    }
    String svg =
        AssignmentCharts.arshjul(
            2026, List.of(new Ring("Årshjulet", cycle), new Ring("Gruppen", sessions)));
    List<double[]> boxes = labelBoxes(svg);
    assertThat(boxes).hasSize(40);
    assertThat(overlaps(boxes)).isEmpty();
    org.w3c.dom.Element root = SvgChecks.parse(svg).getDocumentElement();
    double width = Double.parseDouble(root.getAttribute("width"));
    double height = Double.parseDouble(root.getAttribute("height"));
    assertThat(boxes)
        .allSatisfy(
            b -> {
              assertThat(b[0]).isGreaterThanOrEqualTo(0);
              assertThat(b[1]).isGreaterThanOrEqualTo(0);
              assertThat(b[2]).isLessThanOrEqualTo(width);
              assertThat(b[3]).isLessThanOrEqualTo(height);
            });
    assertThat(svg).contains(">2 mars Arbetsmöte 0<").doesNotContain("<script>");
  }

  @Test
  void theSameDataGiveTheSameBytes() {
    assertThat(timeline()).isEqualTo(timeline());
    assertThat(portfolio()).isEqualTo(portfolio());
    assertThat(arshjul()).isEqualTo(arshjul());
  }

  @Test
  void todaysLineIsOnlyDrawnWithinThePeriod() {
    String outside =
        AssignmentCharts.timeline(
            "x",
            LocalDate.of(2026, 1, 5),
            LocalDate.of(2026, 2, 27),
            List.of("A"),
            List.of(),
            List.of(),
            TODAY);
    assertThat(outside).doesNotContain("id=\"today\"");
  }

  @Test
  void weekNumbersSayTheirYearWhereItChanges() {
    // ISO week 1 of 2027 begins on 2027-01-04; week 53 of 2026 is the last before it.
    String across =
        AssignmentCharts.timeline(
            "x",
            LocalDate.of(2026, 12, 14),
            LocalDate.of(2027, 1, 22),
            List.of("A"),
            List.of(),
            List.of(),
            TODAY);
    assertThat(across)
        .contains("class=\"year\" font-weight=\"bold\">2026</text>")
        .contains("class=\"year\" font-weight=\"bold\">2027</text>");
    assertThat(across.split("class=\"year\"", -1)).hasSize(3);
  }

  static String roles() {
    return AssignmentRoleChart.render(
        "Nytt ärendesystem " + HOSTILE,
        new AssignmentRoleChart.Person("Jonas Ekström", "Bygglovsenheten", 40),
        new AssignmentRoleChart.Person("Eva Lindqvist " + HOSTILE, "Samhällsbyggnad", 0),
        true,
        List.of(
            new AssignmentRoleChart.Group(
                "Projektgrupp",
                List.of(
                    new AssignmentRoleChart.Person("Jonas Ekström", "Bygglovsenheten", 40),
                    new AssignmentRoleChart.Person("Sanna Mäkinen", null, 30))),
            new AssignmentRoleChart.Group(
                "Styrgrupp", List.of(new AssignmentRoleChart.Person("Cecilia Wallin", "KLF", 5))),
            new AssignmentRoleChart.Group(
                HOSTILE, List.of(new AssignmentRoleChart.Person(HOSTILE, HOSTILE, 5)))));
  }

  @Test
  void theRoleOverviewMatchesItsGoldenFileAndPassesTheGeometryCheck() {
    String svg = roles();
    SvgChecks.assertSameAsFile(svg, GOLDEN.resolve("assignment-roles.svg"));
    assertThat(svg).doesNotContain("<script>").contains("&lt;script&gt;");
    assertThat(svg).contains("Projektledare").contains("Ansvarig chef").contains("Styrgrupp");
    assertThat(svg).contains("Bygglovsenheten \u00b7 40 %");
    assertThat(SvgGeometry.check(svg)).isEmpty();
    SvgChecks.assertNotBlank(Transcoding.png(svg));
  }

  @Test
  void theTimelinePortfolioAndArshjulPassTheGeometryCheck() {
    assertThat(SvgGeometry.check(timeline())).as("timeline").isEmpty();
    assertThat(SvgGeometry.check(portfolio())).as("portfolio").isEmpty();
    assertThat(SvgGeometry.check(arshjul())).as("årshjul").isEmpty();
  }
}
