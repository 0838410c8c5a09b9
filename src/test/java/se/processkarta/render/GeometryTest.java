package se.processkarta.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.Period;
import se.processkarta.model.Person;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;

/**
 * Every view of the standard set, the views a new user tried (issue 9), and every view of a hostile
 * synthetic model pass {@link SvgGeometry}: text inside its shape and the canvas, no overlapping
 * shapes, no connector through a box, connectors joining parent and child, no unexplained ellipsis.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GeometryTest {

  private static final DiagramRenderer R = new DiagramRenderer();
  private static final ModelSnapshot SEED = SvgChecks.seed("golden");

  /** A 200-character name without a space, with åäö, markup and an ampersand in it. */
  static final String LONG =
      ("Överförmyndarverksamhetsärendehanteringsprocessen&<script>alert(1)</script>åäöÅÄÖ")
          .repeat(3)
          .substring(0, 200);

  /** A long name with spaces, that wraps. */
  static final String WORDY =
      "Regional utbildningsverksamhet för vuxna och ungdomar inom gymnasiesärskola, komvux och"
          + " särskild utbildning för vuxna & <script>-taggar i namnet";

  private static final ModelSnapshot SYNTHETIC = synthetic();

  private static Element element(String code, String name, ElementStatus status) {
    return new Element(Code.parse(code), name, null, null, null, status);
  }

  /** All five levels, hundreds of siblings, 200-character names, an empty group. */
  static ModelSnapshot synthetic() {
    List<Element> e = new ArrayList<>();
    ElementStatus pub = ElementStatus.PUBLISHED;
    e.add(element("1", "Ledning", pub));
    e.add(element("1.1", LONG, pub));
    e.add(element("3", "Kärnverksamhet", pub));
    e.add(element("3.1", LONG, pub));
    e.add(element("3.2", WORDY, pub));
    e.add(element("3.1.1", "Hundratals syskon", pub));
    for (int i = 1; i <= 300; i++) {
      e.add(element("3.1.1." + i, i % 50 == 0 ? LONG : "Process " + i + " åäö & <b>", pub));
    }
    e.add(element("3.1.2", LONG, ElementStatus.DRAFT));
    e.add(element("3.1.2.1", WORDY, pub));
    for (int i = 1; i <= 12; i++) {
      e.add(element("3.1.2.1." + i, i % 3 == 0 ? LONG : "Steg " + i + " " + WORDY, pub));
    }
    e.add(element("3.1.2.2", LONG, ElementStatus.DRAFT));
    e.add(element("3.1.3", "Tom processgrupp", pub));
    e.add(element("3.2.1", WORDY, pub));
    e.add(element("3.2.1.1", "Kort", pub));
    Period always = new Period(LocalDate.of(2020, 1, 1), null);
    List<Person> people =
        List.of(
            new Person("p-long", "Åsa " + "Långnamnsson".repeat(8), LONG, null, null),
            new Person("p-2", "Bo <script> & Öberg", null, null, null));
    List<RoleAssignment> roles = new ArrayList<>();
    for (String c : List.of("3.1", "3.1.1", "3.1.2", "3.1.2.1", "3.1.2.2", "3.2", "3.2.1")) {
      roles.add(
          new RoleAssignment(RoleKind.OWNER, Code.parse(c), "p-long", always, null, null, null));
    }
    roles.add(
        new RoleAssignment(RoleKind.LEAD, Code.parse("3.1.2.1"), "p-2", always, null, null, null));
    roles.add(
        new RoleAssignment(
            RoleKind.TEAM_MEMBER, Code.parse("3.1.2.1"), "p-2", always, LONG, null, null));
    return new ModelSnapshot(
        "syntetisk", LocalDate.of(2026, 11, 22), e, people, roles, List.of(), List.of());
  }

  record View(ModelSnapshot model, Function<ModelSnapshot, String> draw, boolean tree) {}

  static Map<String, View> views() {
    Map<String, View> v = new LinkedHashMap<>();
    for (Map.Entry<String, String> f : StandardSet.render(SEED).entrySet()) {
      String svg = f.getValue();
      v.put("diagrams/" + f.getKey(), new View(SEED, s -> svg, f.getKey().startsWith("trad")));
    }
    seed(v, "tree.svg?root=3.5&depth=3", tree("3.5", 3));
    seed(v, "tree.svg?root=3.5.4", tree("3.5.4", 5));
    seed(v, "tree.svg?root=3.5", tree("3.5", 5));
    seed(v, "tree.svg", s -> R.tree(s, Optional.empty(), 5, DiagramRenderer.TreeColouring.LEVEL));
    seed(v, "map.svg?root=3.5.4", map("3.5.4"));
    seed(v, "map.svg?root=3.5.2.1", map("3.5.2.1"));
    seed(v, "roles.svg", s -> R.roleMatrix(s, Optional.empty()));
    seed(v, "person/ali-hassan.svg", s -> R.personCard(s, "ali-hassan"));
    synthetic(v, "map.svg", s -> R.processMap(s, Optional.empty()));
    for (String c : List.of("3", "3.1", "3.2", "3.1.1", "3.1.2", "3.1.2.1", "3.1.3")) {
      synthetic(v, "map.svg?root=" + c, map(c));
    }
    synthetic(
        v, "tree.svg", s -> R.tree(s, Optional.empty(), 5, DiagramRenderer.TreeColouring.TYPE));
    synthetic(v, "tree.svg?root=3.1.2", tree("3.1.2", 5));
    synthetic(v, "roles.svg", s -> R.roleMatrix(s, Optional.empty()));
    synthetic(v, "person/p-long.svg", s -> R.personCard(s, "p-long"));
    synthetic(v, "person/p-2.svg", s -> R.personCard(s, "p-2"));
    return v;
  }

  private static Function<ModelSnapshot, String> tree(String root, int depth) {
    return s ->
        R.tree(s, Optional.of(Code.parse(root)), depth, DiagramRenderer.TreeColouring.LEVEL);
  }

  private static Function<ModelSnapshot, String> map(String root) {
    return s -> R.processMap(s, Optional.of(Code.parse(root)));
  }

  private static void seed(Map<String, View> v, String name, Function<ModelSnapshot, String> f) {
    v.put("seed " + name, new View(SEED, f, name.startsWith("tree")));
  }

  private static void synthetic(
      Map<String, View> v, String name, Function<ModelSnapshot, String> f) {
    v.put("synthetic " + name, new View(SYNTHETIC, f, name.startsWith("tree")));
  }

  /** Drawn once: the standard set alone is some forty drawings. */
  private static Map<String, View> drawn;

  private static synchronized Map<String, View> cachedViews() {
    if (drawn == null) {
      drawn = views();
    }
    return drawn;
  }

  static Iterable<String> names() {
    return cachedViews().keySet();
  }

  @ParameterizedTest
  @MethodSource("names")
  void everyViewIsGeometricallySound(String name) {
    View view = cachedViews().get(name);
    List<String> problems = SvgGeometry.check(view.draw().apply(view.model()), view.tree());
    assertThat(problems).as(name).isEmpty();
  }

  @Test
  void aPersonCardShowsNameAndTitleWithoutTheIdSlug() {
    String card = R.personCard(SEED, "ali-hassan");
    String text = SvgChecks.parse(card).getDocumentElement().getTextContent();
    assertThat(text).doesNotContain("ali-hassan");
  }

  @Test
  void everyLongNameIsShownInFullOrHeldInATitle() {
    String tree =
        R.tree(SYNTHETIC, Optional.of(Code.parse("3")), 5, DiagramRenderer.TreeColouring.LEVEL);
    String text = SvgChecks.parse(tree).getDocumentElement().getTextContent();
    assertThat(text).contains(LONG).contains(WORDY);
  }
}
