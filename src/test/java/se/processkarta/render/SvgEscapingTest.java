package se.processkarta.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.w3c.dom.svg.SVGDocument;
import se.processkarta.model.Allocation;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.Period;
import se.processkarta.model.Person;
import se.processkarta.model.ResourcePool;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;

/** Hostile names come out escaped and inert in every view, and åäö survive as text. */
class SvgEscapingTest {

  private static final String SCRIPT = "<script>alert(1)</script>";
  private static final String AMP = "Plan- & bygglov \"enkla\" 'fall' <b>";
  private static final String SWEDISH = "Ärendehantering för åäö ÅÄÖ é";
  private static final LocalDate DAY = LocalDate.of(2026, 11, 22);
  private static final Period ALWAYS = new Period(LocalDate.of(2020, 1, 1), null);

  private static ModelSnapshot hostile() {
    List<Element> elements =
        List.of(
            element("3", "Kärnverksamhet"),
            element("3.99", SCRIPT),
            element("3.99.1", AMP),
            element("3.99.1.1", SWEDISH),
            element("3.99.1.1.1", SCRIPT + " steg"),
            element("3.99.1.1.2", AMP + " steg"));
    Person evil =
        new Person("p-1", "Eve <img src=x onerror=alert(1)> & \"O'Hara\"", SCRIPT, null, null);
    Person åsa = new Person("p-2", "Åsa Öberg-Ärlig", "Enhetschef", null, null);
    return new ModelSnapshot(
        "v<1>&\"2\"",
        DAY,
        elements,
        List.of(evil, åsa),
        List.of(
            new RoleAssignment(
                RoleKind.OWNER, Code.parse("3.99.1.1"), "p-1", ALWAYS, null, "p-2", DAY),
            new RoleAssignment(
                RoleKind.OWNER, Code.parse("3.99.1"), "p-2", ALWAYS, null, null, null),
            new RoleAssignment(
                RoleKind.TEAM_MEMBER, Code.parse("3.99.1.1"), "p-2", ALWAYS, AMP, null, null)),
        List.of(new ResourcePool("pool-x", SCRIPT, AMP, "p-2", List.of("p-1"))),
        List.of(
            new Allocation("p-1", Code.parse("3.99.1.1"), "pool-x", 100, ALWAYS),
            new Allocation("p-1", Code.parse("3.99.1"), "pool-x", 20, ALWAYS)));
  }

  private static Element element(String code, String name) {
    return new Element(Code.parse(code), name, null, null, null, ElementStatus.PUBLISHED);
  }

  private static List<Function<ModelSnapshot, String>> views() {
    DiagramRenderer r = new DiagramRenderer();
    return List.of(
        s -> r.processMap(s, Optional.empty()),
        s -> r.processMap(s, Optional.of(Code.parse("3.99"))),
        s -> r.processMap(s, Optional.of(Code.parse("3.99.1"))),
        s -> r.tree(s, Optional.empty(), 5, DiagramRenderer.TreeColouring.LEVEL),
        s -> r.roleMatrix(s, Optional.empty()),
        s -> r.personCard(s, "p-1"),
        s -> r.personCard(s, "p-2"));
  }

  @Test
  void hostileNamesAreEscapedAndNeverBecomeMarkup() {
    for (Function<ModelSnapshot, String> view : views()) {
      String svg = view.apply(hostile());
      assertThat(svg).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>");
      SVGDocument doc = SvgChecks.parse(svg);
      assertThat(doc.getElementsByTagNameNS("*", "script").getLength()).isZero();
      assertThat(doc.getElementsByTagNameNS("*", "img").getLength()).isZero();
      assertThat(doc.getElementsByTagNameNS("*", "b").getLength()).isZero();
    }
  }

  @Test
  void namesComeBackAsTheSameTextAfterParsing() {
    String tree =
        new DiagramRenderer()
            .tree(hostile(), Optional.empty(), 5, DiagramRenderer.TreeColouring.LEVEL);
    String text = SvgChecks.parse(tree).getDocumentElement().getTextContent();
    assertThat(text).contains(SCRIPT).contains(AMP).contains(SWEDISH).contains("v<1>&\"2\"");
    String card = new DiagramRenderer().personCard(hostile(), "p-1");
    assertThat(SvgChecks.parse(card).getDocumentElement().getTextContent())
        .contains("Eve <img src=x onerror=alert(1)> & \"O'Hara\"")
        .contains("Åsa Öberg-Ärlig");
  }

  @Test
  void hostileDrawingsStillRenderToPngs() {
    for (Function<ModelSnapshot, String> view : views().subList(2, 6)) {
      SvgChecks.assertNotBlank(Transcoding.png(view.apply(hostile())));
    }
  }
}
