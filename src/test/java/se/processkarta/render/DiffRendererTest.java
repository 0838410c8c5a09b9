package se.processkarta.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.apache.batik.anim.dom.SVGOMDocument;
import org.junit.jupiter.api.Test;
import org.w3c.dom.NodeList;
import se.processkarta.model.Code;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.Palette;

/**
 * The before/after of a change on the seed: a golden file with all four kinds drawn, the geometry
 * check, a legend of only the kinds drawn, and hostile names kept intact and inert.
 */
class DiffRendererTest {

  private static final ModelSnapshot SEED = SvgChecks.seed("golden");

  private static String nameOf(String code) {
    return new SnapshotIndex(SEED).element(Code.parse(code)).name();
  }

  static List<DiffRenderer.Mark> allFour() {
    return List.of(
        new DiffRenderer.Mark(
            DiffRenderer.Kind.ADDED,
            Code.parse("3.5.2.4"),
            "Digital ansökan om skolskjuts",
            null,
            null),
        new DiffRenderer.Mark(
            DiffRenderer.Kind.CHANGED,
            Code.parse("3.5.1"),
            "Förskola och pedagogisk omsorg",
            null,
            Optional.of(nameOf("3.5.1"))),
        new DiffRenderer.Mark(
            DiffRenderer.Kind.MOVED,
            Code.parse("3.5.3.9"),
            nameOf("3.5.2.3"),
            Optional.of(Code.parse("3.5.2.3")),
            null),
        new DiffRenderer.Mark(
            DiffRenderer.Kind.RETIRED, Code.parse("3.5.2.1.5"), nameOf("3.5.2.1.5"), null, null));
  }

  private static String draw(List<DiffRenderer.Mark> marks) {
    return DiffRenderer.render(SEED, 42, "Skolskjuts blir digital", "SUBMITTED", marks);
  }

  @Test
  void allFourKindsMatchTheGoldenFileAndPassTheGeometryCheck() {
    String svg = draw(allFour());
    SvgChecks.assertSameAsFile(svg, SvgGoldenTest.GOLDEN.resolve("diff-seed.svg"));
    assertThat(SvgGeometry.check(svg, true)).isEmpty();
    for (String kind : List.of("added", "changed", "moved", "retired", "context")) {
      assertThat(svg).contains("data-diff=\"" + kind + "\"");
    }
    assertThat(svg)
        .contains("3.5.3.9 (från 3.5.2.3)")
        .contains("Tidigare: Gemensamma")
        .contains("stroke-dasharray=\"5 3\"");
    SvgChecks.assertNotBlank(Transcoding.png(svg));
    assertThat(draw(allFour())).isEqualTo(svg);
  }

  @Test
  void theLegendShowsOnlyTheKindsDrawn() {
    String svg = draw(List.of(allFour().get(0)));
    String legend = svg.substring(svg.indexOf("id=\"legend\""));
    assertThat(legend).contains("Tillagt").contains("Oförändrat");
    assertThat(legend)
        .doesNotContain("Ändrat")
        .doesNotContain("Flyttat")
        .doesNotContain("Avvecklat");
    assertThat(svg).contains(Palette.DIFF_ADDED_FILL).doesNotContain(Palette.DIFF_MOVED_FILL);
    assertThat(SvgGeometry.check(svg, true)).isEmpty();
  }

  @Test
  void aChangeOfNoElementSaysSoWithoutALegend() {
    String svg = draw(List.of());
    assertThat(svg).contains("Ändringen berör inga element.").doesNotContain("id=\"legend\"");
    assertThat(SvgGeometry.check(svg)).isEmpty();
  }

  @Test
  void hostileNamesStayIntactAndInert() {
    String hostile = "<script>alert('x')</script> & \"citat\" åäöÅÄÖ";
    String svg =
        DiffRenderer.render(
            SEED,
            7,
            hostile,
            "DRAFT",
            List.of(
                new DiffRenderer.Mark(
                    DiffRenderer.Kind.ADDED, Code.parse("3.5.2.4"), hostile, null, null),
                new DiffRenderer.Mark(
                    DiffRenderer.Kind.CHANGED,
                    Code.parse("3.5.1"),
                    "Nytt",
                    null,
                    Optional.of(hostile))));
    assertThat(svg).doesNotContain("<script").contains("&lt;script&gt;");
    SVGOMDocument doc = (SVGOMDocument) SvgChecks.parse(svg);
    NodeList scripts = doc.getElementsByTagNameNS(Svg.NS, "script");
    assertThat(scripts.getLength()).isZero();
    String text = doc.getDocumentElement().getTextContent();
    assertThat(text).contains("åäöÅÄÖ").contains("\"citat\"").contains("& ");
    assertThat(SvgGeometry.check(svg, true)).isEmpty();
  }
}
