package se.processkarta.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.svg.SVGDocument;
import se.processkarta.model.Code;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.Palette;

/**
 * Each view on the model-seed against its golden file under src/test/resources/golden/ ({@code
 * -Dgolden.update=true} rewrites them); each is parsed back with Batik and rendered to a PNG that
 * must not be blank.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SvgGoldenTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden");
  private final ModelSnapshot seed = SvgChecks.seed("golden");
  private final DiagramRenderer renderer = new DiagramRenderer();

  /** The golden views: file name → drawing. */
  static Map<String, Function<ModelSnapshot, String>> views() {
    DiagramRenderer r = new DiagramRenderer();
    Map<String, Function<ModelSnapshot, String>> v = new LinkedHashMap<>();
    v.put("map.svg", s -> r.processMap(s, Optional.empty()));
    v.put("map-3.svg", s -> r.processMap(s, Optional.of(Code.parse("3"))));
    v.put("map-3.5.svg", s -> r.processMap(s, Optional.of(Code.parse("3.5"))));
    v.put("map-3.5.2.svg", s -> r.processMap(s, Optional.of(Code.parse("3.5.2"))));
    v.put("map-3.5.2.1.svg", s -> r.processMap(s, Optional.of(Code.parse("3.5.2.1"))));
    v.put(
        "tree-3.5.svg",
        s -> r.tree(s, Optional.of(Code.parse("3.5")), 5, DiagramRenderer.TreeColouring.LEVEL));
    v.put("tree-type.svg", s -> r.tree(s, Optional.empty(), 2, DiagramRenderer.TreeColouring.TYPE));
    v.put("roles-3.5.svg", s -> r.roleMatrix(s, Optional.of(Code.parse("3.5"))));
    v.put("roles-2.svg", s -> r.roleMatrix(s, Optional.of(Code.parse("2"))));
    v.put("person-ali-hassan.svg", s -> r.personCard(s, "ali-hassan"));
    v.put("person-anna-lind.svg", s -> r.personCard(s, "anna-lind"));
    return v;
  }

  static Iterable<String> names() {
    return views().keySet();
  }

  @ParameterizedTest
  @MethodSource("names")
  void eachViewMatchesItsGoldenFileParsesAndRendersToAPng(String name) {
    String svg = views().get(name).apply(seed);
    SvgChecks.assertSameAsFile(svg, GOLDEN.resolve(name));
    SVGDocument doc = SvgChecks.parse(svg);
    assertThat(doc.getElementsByTagNameNS(Svg.NS, "title").getLength()).isGreaterThan(1);
    SvgChecks.assertNotBlank(Transcoding.png(svg));
  }

  @Test
  void theSameModelAndParametersGiveTheSameBytes() {
    for (Function<ModelSnapshot, String> view : views().values()) {
      assertThat(view.apply(SvgChecks.seed("golden"))).isEqualTo(view.apply(seed));
    }
  }

  @Test
  void everyBoxLinksToItsElementPageWithATooltip() {
    SVGDocument doc = SvgChecks.parse(views().get("map-3.5.svg").apply(seed));
    var links = doc.getElementsByTagNameNS(Svg.NS, "a");
    assertThat(links.getLength()).isGreaterThan(20);
    for (int i = 0; i < links.getLength(); i++) {
      var a = (org.w3c.dom.Element) links.item(i);
      assertThat(a.getAttributeNS(Svg.XLINK, "href")).startsWith("/processer/");
      assertThat(a.getFirstChild().getNextSibling().getLocalName()).isEqualTo("title");
    }
  }

  @Test
  void theRoleMatrixMarksGapsConflictsAndOwnersWhoLead() {
    String all = renderer.roleMatrix(seed, Optional.empty());
    assertThat(all)
        .contains("Henrik Söderlund (ägaren är processledare)")
        .contains("totalt 110 %")
        .contains(Palette.GAP_FILL);
    String utbildning = renderer.roleMatrix(seed, Optional.of(Code.parse("3.5")));
    assertThat(utbildning).contains("delegerad av Anna Lind");
  }

  @Test
  void thePdfIsAPdf() {
    byte[] pdf = Transcoding.pdf(views().get("map-3.5.2.svg").apply(seed));
    assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII))
        .isEqualTo("%PDF-");
  }

  @Test
  void anUnknownCodeOrPersonIsNotFoundAndAnAbsurdDepthIsInvalid() {
    assertThatThrownBy(() -> renderer.processMap(seed, Optional.of(Code.parse("9.9"))))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> renderer.personCard(seed, "nobody"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> renderer.tree(seed, Optional.empty(), 6, DiagramRenderer.TreeColouring.LEVEL))
        .isInstanceOf(InvalidInputException.class);
  }
}
