package se.processkarta.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import se.processkarta.model.Code;

/**
 * One geometry check over the SVG DOM of any drawing, so that every view, export and later view can
 * be held to the same rules. It reads only the SVG (no renderer internals except the font metrics
 * the renderer measures with) and reports, in words, every place where:
 *
 * <ul>
 *   <li>a text's box (measured with {@link TextMeasure}, DejaVu Sans) leaves the smallest shape
 *       that holds its start, or the canvas;
 *   <li>two shapes (rectangles) overlap without one holding the other;
 *   <li>a connector segment passes through or touches a shape other than the two it joins (and the
 *       containers that hold both);
 *   <li>a connector does not start on its parent's box and end on its child's box (for trees: the
 *       child's code is a child of the parent's code, and every box but the root has one);
 *   <li>a text ends in an ellipsis while its element's {@code <title>} does not hold the full text.
 * </ul>
 *
 * Shapes are {@code rect}s except the background; an element's box is a {@code rect} inside an
 * {@code <a>} that links to {@code /processer/{code}}. Connectors are {@code path}s made of M, H, V
 * and L commands (arrows and lines), outside the legend; grid rules (crisp) and leaders (class
 * {@code leader}, from a mark to its name) are not connectors.
 */
public final class SvgGeometry {

  /** How far a box may stick out, for rounding of coordinates to one decimal. */
  private static final double EPS = 0.51;

  /** How close a connector may run beside a box it does not join, so that it reads as apart. */
  static final double CLEARANCE = 10;

  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

  private SvgGeometry() {}

  /** A rectangle, with the code of the element it boxes (if it is one). */
  record Box(double x, double y, double w, double h, String code, Element node) {
    double x2() {
      return x + w;
    }

    double y2() {
      return y + h;
    }

    boolean holds(double px, double py, double tol) {
      return px >= x - tol && px <= x2() + tol && py >= y - tol && py <= y2() + tol;
    }

    boolean holds(Box o, double tol) {
      return o.x >= x - tol && o.x2() <= x2() + tol && o.y >= y - tol && o.y2() <= y2() + tol;
    }

    boolean overlapsInterior(Box o) {
      return o.x < x2() - EPS && x < o.x2() - EPS && o.y < y2() - EPS && y < o.y2() - EPS;
    }

    double area() {
      return w * h;
    }

    @Override
    public String toString() {
      return (code == null ? "rect" : code) + String.format(" [%.1f,%.1f %.1f×%.1f]", x, y, w, h);
    }
  }

  /** A connector: its polyline, and the codes it declares (data-from, data-to) if any. */
  record Connector(List<double[]> points, String from, String to) {}

  /** What the check found; empty when the drawing is right. */
  public static List<String> check(String svg) {
    return check(svg, false);
  }

  /**
   * @param tree also require that connectors join each box to its parent's box, one per child
   */
  public static List<String> check(String svg, boolean tree) {
    Document doc = SvgChecks.parse(svg);
    Element root = doc.getDocumentElement();
    double width = Double.parseDouble(root.getAttribute("width"));
    double height = Double.parseDouble(root.getAttribute("height"));
    Box canvas = new Box(0, 0, width, height, null, root);
    List<String> problems = new ArrayList<>();
    List<Box> shapes = shapes(root);
    overlaps(shapes, problems);
    texts(root, shapes, canvas, problems);
    List<Connector> connectors = connectors(root);
    connectors(connectors, shapes, tree, problems);
    ellipses(root, problems);
    fits(root, shapes, canvas, problems);
    slack(root, shapes, problems);
    legend(root, shapes, problems);
    if (!root.getElementsByTagName("title").item(0).getParentNode().equals(root)
        || root.getElementsByTagName("desc").getLength() == 0) {
      problems.add("the drawing has no <title> and <desc> of its own");
    }
    return problems;
  }

  // ---------------------------------------------------------------- shapes

  private static List<Box> shapes(Element root) {
    List<Box> out = new ArrayList<>();
    NodeList rects = root.getElementsByTagName("rect");
    for (int i = 0; i < rects.getLength(); i++) {
      Element r = (Element) rects.item(i);
      if (r.getParentNode() == root && i == 0) {
        continue; // the background
      }
      out.add(
          new Box(
              num(r, "x"),
              num(r, "y"),
              num(r, "width"),
              num(r, "height"),
              linkCode(r).orElse(null),
              r));
    }
    return out;
  }

  private static void overlaps(List<Box> shapes, List<String> problems) {
    List<Box> byX = new ArrayList<>(shapes);
    byX.sort(Comparator.comparingDouble(Box::x));
    List<Box> active = new ArrayList<>();
    for (Box b : byX) {
      active.removeIf(a -> a.x2() <= b.x + EPS);
      for (Box a : active) {
        if (a.overlapsInterior(b) && !a.holds(b, EPS) && !b.holds(a, EPS)) {
          problems.add("shapes overlap: " + a + " and " + b);
        }
      }
      active.add(b);
    }
  }

  // ---------------------------------------------------------------- texts

  private static void texts(Element root, List<Box> shapes, Box canvas, List<String> problems) {
    NodeList texts = root.getElementsByTagName("text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element t = (Element) texts.item(i);
      List<Element> runs = new ArrayList<>();
      for (Node c = t.getFirstChild(); c != null; c = c.getNextSibling()) {
        if (c instanceof Element span && "tspan".equals(span.getTagName())) {
          runs.add(span);
        }
      }
      if (runs.isEmpty()) {
        runs.add(t);
      }
      for (Element run : runs) {
        String s = run.getTextContent();
        if (s.isBlank()) {
          continue;
        }
        Box box = textBox(t, run, s);
        if (!canvas.holds(box, EPS)) {
          problems.add("text '" + s + "' " + box + " leaves the canvas " + canvas);
        }
        Box shape = container(shapes, run == t ? num(t, "x") : num(run, "x"), y(t, run), box);
        if (shape != null && !shape.holds(box, EPS)) {
          problems.add("text '" + s + "' " + box + " leaves its shape " + shape);
        }
      }
    }
  }

  /** The box of one run, from its anchor, its font and the font's ascent and descent. */
  static Box textBox(Element text, Element run, String s) {
    float size = Float.parseFloat(inherited(text, "font-size", "16"));
    String weight = run.hasAttribute("font-weight") ? run.getAttribute("font-weight") : null;
    if (weight == null) {
      weight = inherited(text, "font-weight", "normal");
    }
    boolean bold = "bold".equals(weight);
    boolean italic = "italic".equals(inherited(text, "font-style", "normal"));
    TextStyle style = new TextStyle(size, bold, italic, "#000", null);
    double w = TextMeasure.width(s, style);
    Font font = new Font("DejaVu Sans", bold ? Font.BOLD : Font.PLAIN, 100);
    LineMetrics m = font.getLineMetrics(s, FRC);
    double ascent = m.getAscent() * size / 100;
    double descent = m.getDescent() * size / 100;
    double x = run == text ? num(text, "x") : num(run, "x");
    String anchor = inherited(text, "text-anchor", "start");
    double left = "middle".equals(anchor) ? x - w / 2 : "end".equals(anchor) ? x - w : x;
    double base = y(text, run);
    return new Box(left, base - ascent, w, ascent + descent, null, run);
  }

  private static double y(Element text, Element run) {
    return run == text || !run.hasAttribute("y") ? num(text, "y") : num(run, "y");
  }

  /** The smallest shape that holds the start of the text's baseline and overlaps its box. */
  private static Box container(List<Box> shapes, double x, double baseline, Box text) {
    Box best = null;
    for (Box b : shapes) {
      if (b.holds(x + 0.5, baseline - 1, 0) && (best == null || b.area() < best.area())) {
        best = b;
      }
    }
    return best;
  }

  // ---------------------------------------------------------------- connectors

  private static List<Connector> connectors(Element root) {
    List<Connector> out = new ArrayList<>();
    NodeList paths = root.getElementsByTagName("path");
    for (int i = 0; i < paths.getLength(); i++) {
      Element p = (Element) paths.item(i);
      if (!"none".equals(inherited(p, "fill", "black"))
          || "crispEdges".equals(p.getAttribute("shape-rendering"))
          || "leader".equals(p.getAttribute("class"))
          || insideLegendOrDefs(p)) {
        // Table rules are drawn crisp and join nothing; a leader joins a mark to its name.
        continue;
      }
      List<double[]> points = polyline(p.getAttribute("d"));
      if (points.size() >= 2) {
        out.add(
            new Connector(
                points,
                p.hasAttribute("data-from") ? p.getAttribute("data-from") : null,
                p.hasAttribute("data-to") ? p.getAttribute("data-to") : null));
      }
    }
    return out;
  }

  private static boolean insideLegendOrDefs(Element e) {
    for (Node n = e.getParentNode(); n instanceof Element a; n = a.getParentNode()) {
      if ("legend".equals(a.getAttribute("id")) || "defs".equals(a.getTagName())) {
        return true;
      }
    }
    return false;
  }

  /** The points of a path of absolute M, L, H and V commands. */
  static List<double[]> polyline(String d) {
    List<double[]> pts = new ArrayList<>();
    String[] tokens = d.trim().split("(?=[MLHVZmlhvz])");
    double x = 0;
    double y = 0;
    for (String token : tokens) {
      String t = token.trim();
      if (t.isEmpty()) {
        continue;
      }
      char c = t.charAt(0);
      String[] nums = t.substring(1).trim().split("[ ,]+");
      switch (c) {
        case 'M', 'L' -> {
          for (int k = 0; k + 1 < nums.length; k += 2) {
            x = Double.parseDouble(nums[k]);
            y = Double.parseDouble(nums[k + 1]);
            pts.add(new double[] {x, y});
          }
        }
        case 'H' -> {
          x = Double.parseDouble(nums[0]);
          pts.add(new double[] {x, y});
        }
        case 'V' -> {
          y = Double.parseDouble(nums[0]);
          pts.add(new double[] {x, y});
        }
        case 'Z', 'z' -> {
          // closes an outline: no new point
        }
        default -> {
          return List.of(); // a curve: not measured
        }
      }
    }
    return pts;
  }

  private static void connectors(
      List<Connector> connectors, List<Box> shapes, boolean tree, List<String> problems) {
    List<Box> elementBoxes = shapes.stream().filter(b -> b.code() != null).toList();
    java.util.Map<String, Integer> incoming = new java.util.HashMap<>();
    for (Connector c : connectors) {
      double[] start = c.points().get(0);
      double[] end = c.points().get(c.points().size() - 1);
      Box from = endBox(elementBoxes, start, c.from());
      Box to = endBox(elementBoxes, end, c.to());
      String label = "connector " + describe(c);
      if (from == null || to == null) {
        problems.add(label + " does not start and end on element boxes");
        continue;
      }
      if (tree) {
        Optional<Code> parent = Code.parse(to.code()).parent();
        if (parent.isEmpty() || !parent.get().toString().equals(from.code())) {
          problems.add(label + " joins " + from.code() + " to " + to.code() + ", not its parent");
        }
        incoming.merge(to.code(), 1, Integer::sum);
      }
      for (int k = 1; k < c.points().size(); k++) {
        double[] a = c.points().get(k - 1);
        double[] b = c.points().get(k);
        for (Box s : shapes) {
          if (s == from || s == to || s.holds(from, EPS) && s.holds(to, EPS)) {
            continue;
          }
          if (s.holds(from, EPS) || s.holds(to, EPS) || from.holds(s, EPS) || to.holds(s, EPS)) {
            continue; // a part of an end box, or the box that frames one end
          }
          if (crosses(a, b, s, EPS)) {
            problems.add(
                label
                    + " from "
                    + from.code()
                    + " to "
                    + to.code()
                    + " runs through or touches "
                    + s);
          } else if (s.code() != null && crosses(a, b, s, CLEARANCE)) {
            problems.add(
                label
                    + " from "
                    + from.code()
                    + " to "
                    + to.code()
                    + " runs beside "
                    + s
                    + ", closer than "
                    + CLEARANCE
                    + " px, as if it joined it");
          }
        }
      }
    }
    apart(connectors, elementBoxes, problems);
    if (tree) {
      for (Box b : elementBoxes) {
        int n = incoming.getOrDefault(b.code(), 0);
        boolean hasParentBox =
            Code.parse(b.code())
                .parent()
                .map(p -> elementBoxes.stream().anyMatch(o -> o.code().equals(p.toString())))
                .orElse(false);
        if (hasParentBox && n != 1) {
          problems.add(b.code() + " has " + n + " connectors from its parent, not one");
        }
      }
    }
  }

  /**
   * Connectors from different boxes keep {@link #CLEARANCE} apart, so that each parent's group of
   * children reads as its own (connectors from one parent may share their trunk).
   */
  private static void apart(List<Connector> connectors, List<Box> boxes, List<String> problems) {
    record Seg(Box from, double x0, double y0, double x1, double y1, Connector c) {}
    List<Seg> segs = new ArrayList<>();
    for (Connector c : connectors) {
      Box from = endBox(boxes, c.points().get(0), c.from());
      if (from == null) {
        continue;
      }
      for (int k = 1; k < c.points().size(); k++) {
        double[] a = c.points().get(k - 1);
        double[] b = c.points().get(k);
        segs.add(
            new Seg(
                from,
                Math.min(a[0], b[0]),
                Math.min(a[1], b[1]),
                Math.max(a[0], b[0]),
                Math.max(a[1], b[1]),
                c));
      }
    }
    segs.sort(Comparator.comparingDouble(Seg::x0));
    List<Seg> active = new ArrayList<>();
    java.util.Set<String> said = new java.util.HashSet<>();
    for (Seg s : segs) {
      active.removeIf(a -> a.x1() + CLEARANCE < s.x0());
      for (Seg a : active) {
        if (a.from() == s.from()) {
          continue;
        }
        double gapX = Math.max(0, Math.max(a.x0() - s.x1(), s.x0() - a.x1()));
        double gapY = Math.max(0, Math.max(a.y0() - s.y1(), s.y0() - a.y1()));
        String key = a.from().code() + "|" + s.from().code();
        if (Math.hypot(gapX, gapY) < CLEARANCE && said.add(key)) {
          problems.add(
              "connectors from "
                  + a.from().code()
                  + " and from "
                  + s.from().code()
                  + " run closer than "
                  + CLEARANCE
                  + " px, so their groups run together");
        }
      }
      active.add(s);
    }
  }

  private static String describe(Connector c) {
    StringBuilder s = new StringBuilder();
    for (double[] p : c.points()) {
      s.append(s.length() == 0 ? "" : " → ").append(String.format("%.1f,%.1f", p[0], p[1]));
    }
    return s.toString();
  }

  /** The element box an end of a connector touches (the declared one, when declared). */
  private static Box endBox(List<Box> boxes, double[] p, String declared) {
    Box best = null;
    for (Box b : boxes) {
      if (b.holds(p[0], p[1], 1.5) && (declared == null || declared.equals(b.code()))) {
        if (best == null || b.area() < best.area()) {
          best = b;
        }
      }
    }
    return best;
  }

  /** Whether segment a–b enters or touches the box (grown by half a pixel). */
  static boolean crosses(double[] a, double[] b, Box s, double margin) {
    double x0 = s.x() - margin;
    double y0 = s.y() - margin;
    double x1 = s.x2() + margin;
    double y1 = s.y2() + margin;
    // Liang–Barsky clipping of the segment against the box.
    double dx = b[0] - a[0];
    double dy = b[1] - a[1];
    double[] p = {-dx, dx, -dy, dy};
    double[] q = {a[0] - x0, x1 - a[0], a[1] - y0, y1 - a[1]};
    double t0 = 0;
    double t1 = 1;
    for (int i = 0; i < 4; i++) {
      if (p[i] == 0) {
        if (q[i] < 0) {
          return false;
        }
      } else {
        double r = q[i] / p[i];
        if (p[i] < 0) {
          t0 = Math.max(t0, r);
        } else {
          t1 = Math.min(t1, r);
        }
      }
    }
    return t0 <= t1;
  }

  // ---------------------------------------------------------------- space

  /** How much empty space a drawing may keep right of and below its content. */
  static final double MAX_MARGIN = 48;

  /** How much empty space a box may keep below what it holds. */
  static final double MAX_SLACK = 24;

  private static List<Box> textBoxes(Element root) {
    List<Box> out = new ArrayList<>();
    NodeList texts = root.getElementsByTagName("text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element t = (Element) texts.item(i);
      boolean spans = false;
      for (Node c = t.getFirstChild(); c != null; c = c.getNextSibling()) {
        if (c instanceof Element span && "tspan".equals(span.getTagName())) {
          spans = true;
          if (!span.getTextContent().isBlank()) {
            out.add(textBox(t, span, span.getTextContent()));
          }
        }
      }
      if (!spans && !t.getTextContent().isBlank()) {
        out.add(textBox(t, t, t.getTextContent()));
      }
    }
    return out;
  }

  /**
   * The canvas fits its content: no empty third, no empty bottom half. Content is text and the
   * shapes that hold no other shape, so that a lane or frame stretched to the page does not count.
   */
  private static void fits(Element root, List<Box> shapes, Box canvas, List<String> problems) {
    double right = 0;
    double bottom = 0;
    for (Box b : shapes) {
      if (shapes.stream().anyMatch(o -> o != b && b.holds(o, EPS) && !o.holds(b, EPS))) {
        continue;
      }
      right = Math.max(right, b.x2());
      bottom = Math.max(bottom, b.y2());
    }
    for (Box b : textBoxes(root)) {
      right = Math.max(right, b.x2());
      bottom = Math.max(bottom, b.y2());
    }
    NodeList paths = root.getElementsByTagName("path");
    for (int i = 0; i < paths.getLength(); i++) {
      Element p = (Element) paths.item(i);
      if (insideLegendOrDefs(p)) {
        continue;
      }
      for (double[] pt : polyline(p.getAttribute("d"))) {
        right = Math.max(right, pt[0]);
        bottom = Math.max(bottom, pt[1]);
      }
    }
    if (canvas.x2() - right > MAX_MARGIN) {
      problems.add(
          String.format(
              "the canvas is %.0f px wide but its content ends at %.0f px", canvas.x2(), right));
    }
    if (canvas.y2() - bottom > MAX_MARGIN) {
      problems.add(
          String.format(
              "the canvas is %.0f px high but its content ends at %.0f px", canvas.y2(), bottom));
    }
  }

  /**
   * A box is no taller than what it holds: rows need not share a height, empty groups are small.
   * Checked for frames (shapes that hold other shapes) and element boxes; a table cell may share
   * its row's height, and content set in the middle of a box (a band's head) is not empty space.
   */
  private static void slack(Element root, List<Box> shapes, List<String> problems) {
    List<Box> content = new ArrayList<>(shapes);
    content.addAll(textBoxes(root));
    for (Box s : shapes) {
      double top = Double.NaN;
      double bottom = Double.NaN;
      boolean holdsShape = false;
      for (Box c : content) {
        if (c != s && s.holds(c, EPS) && !c.holds(s, EPS)) {
          top = Double.isNaN(top) ? c.y() : Math.min(top, c.y());
          bottom = Double.isNaN(bottom) ? c.y2() : Math.max(bottom, c.y2());
          holdsShape |= c.code() != null || "rect".equals(c.node().getTagName());
        }
      }
      if (Double.isNaN(bottom) || !(holdsShape || s.code() != null)) {
        continue;
      }
      double below = s.y2() - bottom;
      double above = top - s.y();
      if (below > MAX_SLACK && below - above > MAX_SLACK) {
        problems.add(String.format("%s keeps %.0f px empty below what it holds", s, below));
      }
    }
  }

  /** Every swatch in the legend (fill, outline, dashes) is drawn somewhere in the diagram. */
  private static void legend(Element root, List<Box> shapes, List<String> problems) {
    java.util.Set<String> drawn = new java.util.HashSet<>();
    NodeList all = root.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      if (("rect".equals(e.getTagName()) || "path".equals(e.getTagName()))
          && !insideLegendOrDefs(e)) {
        // A plain swatch stands for a colour, whatever the outline; a dashed one for dashes too.
        drawn.add(swatch(e));
        drawn.add(e.getAttribute("fill").toLowerCase(java.util.Locale.ROOT));
      }
    }
    for (Box b : shapes) {
      if (insideLegendOrDefs(b.node()) && !drawn.contains(swatch(b.node()))) {
        Element label = nextText(b.node());
        problems.add(
            "the legend shows '"
                + (label == null ? swatch(b.node()) : label.getTextContent())
                + "', which the diagram does not draw");
      }
    }
  }

  private static String swatch(Element e) {
    return e.getAttribute("fill").toLowerCase(java.util.Locale.ROOT)
        + (e.hasAttribute("stroke-dasharray") ? " dashed" : "");
  }

  private static Element nextText(Element e) {
    for (Node n = e.getNextSibling(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element t && "text".equals(t.getTagName())) {
        return t;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------- ellipses

  /**
   * A run of text may end in an ellipsis only where the design says it abbreviates ({@code
   * class="abbreviated"}) and the element's {@code <title>} holds what was left out.
   */
  private static void ellipses(Element root, List<String> problems) {
    NodeList texts = root.getElementsByTagName("text");
    for (int i = 0; i < texts.getLength(); i++) {
      Element t = (Element) texts.item(i);
      if (!t.getTextContent().contains("…")) {
        continue;
      }
      Element link = ancestor(t, "a");
      String title = link == null ? "" : titleOf(link);
      List<String> runs = new ArrayList<>();
      for (Node c = t.getFirstChild(); c != null; c = c.getNextSibling()) {
        if (c instanceof Element span && "tspan".equals(span.getTagName())) {
          runs.add(span.getTextContent());
        }
      }
      if (runs.isEmpty()) {
        runs.add(t.getTextContent());
      }
      for (String run : runs) {
        if (!run.contains("…")) {
          continue;
        }
        String shown = run.replace("…", "").strip();
        if (!"abbreviated".equals(t.getAttribute("class"))) {
          problems.add("'" + run.strip() + "' is cut with an ellipsis");
        } else if (title.isEmpty() || !title.contains(shown) || title.length() <= shown.length()) {
          problems.add("'" + run.strip() + "' is cut and no <title> holds the full text");
        }
      }
    }
  }

  private static String titleOf(Element link) {
    for (Node c = link.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element e && "title".equals(e.getTagName())) {
        return e.getTextContent();
      }
    }
    return "";
  }

  // ---------------------------------------------------------------- helpers

  private static Element ancestor(Element e, String tag) {
    for (Node n = e.getParentNode(); n instanceof Element a; n = a.getParentNode()) {
      if (tag.equals(a.getTagName())) {
        return a;
      }
    }
    return null;
  }

  private static Optional<String> linkCode(Element e) {
    Element a = ancestor(e, "a");
    if (a == null) {
      return Optional.empty();
    }
    // Only the first rect of a link is the element's box; the others are parts of it.
    for (Node c = a.getFirstChild(); c != null; c = c.getNextSibling()) {
      if (c instanceof Element r && "rect".equals(r.getTagName())) {
        if (r != e) {
          return Optional.empty();
        }
        break;
      }
    }
    String href = a.getAttributeNS(Svg.XLINK, "href");
    return href.startsWith("/processer/")
        ? Optional.of(href.substring("/processer/".length()))
        : Optional.empty();
  }

  private static String inherited(Element e, String attribute, String fallback) {
    for (Node n = e; n instanceof Element a; n = a.getParentNode()) {
      if (a.hasAttribute(attribute)) {
        return a.getAttribute(attribute);
      }
    }
    return fallback;
  }

  private static double num(Element e, String attribute) {
    String v = e.getAttribute(attribute);
    return v.isEmpty() ? 0 : Double.parseDouble(v);
  }
}
