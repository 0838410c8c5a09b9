package se.processkarta.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.abego.treelayout.Configuration;
import org.abego.treelayout.NodeExtentProvider;
import org.abego.treelayout.TreeLayout;
import org.abego.treelayout.util.DefaultConfiguration;
import org.abego.treelayout.util.DefaultTreeForTreeLayout;
import org.w3c.dom.Element;
import se.processkarta.model.Code;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.ModelSnapshot;

/**
 * A tidy tree of a subtree, root on the left, laid out by abego TreeLayout (Walker's algorithm in
 * linear time). Boxes show the code and the wrapped name, coloured by level or by verksamhetstyp.
 */
final class TreeRenderer {

  private static final double MAX_TEXT = 190;
  private static final TextStyle CODE = TextStyle.bold(11.5f, Palette.INK);
  private static final TextStyle NAME = TextStyle.plain(11.5f, Palette.INK);

  private TreeRenderer() {}

  /** How boxes are coloured. */
  enum Colouring {
    LEVEL,
    TYPE
  }

  /** A box to place: the element (null for the hidden root of a forest), its lines and size. */
  private static final class Node {
    final se.processkarta.model.Element element;
    final List<String> lines;
    final double width;
    final double height;

    Node(se.processkarta.model.Element element, List<String> lines, double width, double height) {
      this.element = element;
      this.lines = lines;
      this.width = width;
      this.height = height;
    }
  }

  static String render(
      ModelSnapshot snapshot, Optional<Code> root, int depth, Colouring colouring) {
    SnapshotIndex index = new SnapshotIndex(snapshot);
    List<se.processkarta.model.Element> tops;
    String title;
    if (root.isPresent()) {
      se.processkarta.model.Element r = index.element(root.get());
      tops = List.of(r);
      title = Texts.t("render.tree.titleOf", r.code(), r.name());
    } else {
      tops = index.tops();
      title = Texts.t("render.tree.title");
    }
    int maxLevel = Math.min(5, (root.isPresent() ? root.get().level().number() : 1) + depth - 1);
    Node top = tops.size() == 1 ? node(tops.get(0)) : new Node(null, List.of(), 1, 1);
    DefaultTreeForTreeLayout<Node> tree = new DefaultTreeForTreeLayout<>(top);
    List<Node> order = new ArrayList<>();
    if (top.element != null) {
      order.add(top);
      add(tree, index, top, maxLevel, order);
    } else {
      for (se.processkarta.model.Element t : tops) {
        Node n = node(t);
        tree.addChild(top, n);
        order.add(n);
        add(tree, index, n, maxLevel, order);
      }
    }
    NodeExtentProvider<Node> extents =
        new NodeExtentProvider<>() {
          @Override
          public double getWidth(Node n) {
            return n.width;
          }

          @Override
          public double getHeight(Node n) {
            return n.height;
          }
        };
    DefaultConfiguration<Node> config =
        new DefaultConfiguration<>(
            44, 8, Configuration.Location.Left, Configuration.AlignmentInLevel.TowardsRoot);
    TreeLayout<Node> layout = new TreeLayout<>(tree, extents, config);
    Map<Node, Rectangle2D.Double> bounds = layout.getNodeBounds();
    Rectangle2D all = layout.getBounds();
    double hiddenRoot = top.element == null ? 1 + 44 : 0;
    List<Chrome.Item> legend = legend(colouring);
    double headerH = Chrome.MARGIN + 64;
    double width =
        Math.max(
            Math.max(all.getWidth() - hiddenRoot + 2 * Chrome.MARGIN, Chrome.legendWidth(legend)),
            Math.max(TextMeasure.width(title, Chrome.TITLE), 480) + 2 * Chrome.MARGIN);
    double height = headerH + all.getHeight() + 20 + 24 + Chrome.MARGIN;
    double dx = Chrome.MARGIN - all.getMinX() - hiddenRoot;
    double dy = headerH - all.getMinY();
    Svg svg = new Svg(width, height, title, Texts.t("render.tree.desc"));
    Chrome.header(svg, snapshot, title, Texts.t("render.tree.depth", depth));
    Element edges = svg.group(svg.root(), "edges");
    Element boxes = svg.group(svg.root(), "nodes");
    for (Node n : order) {
      Rectangle2D.Double b = bounds.get(n);
      double x = b.x + dx;
      double y = b.y + dy;
      for (Node c : tree.getChildren(n)) {
        Rectangle2D.Double cb = bounds.get(c);
        double midX = x + n.width + 22;
        double y1 = y + n.height / 2;
        double y2 = cb.y + dy + c.height / 2;
        svg.path(
            edges,
            "M"
                + Svg.num(x + n.width)
                + ","
                + Svg.num(y1)
                + " H"
                + Svg.num(midX)
                + " V"
                + Svg.num(y2)
                + " H"
                + Svg.num(cb.x + dx),
            Palette.LINE,
            1,
            false);
      }
      draw(svg, boxes, n, x, y, colouring);
    }
    drawLegend(legend, svg, height);
    return svg.toXml();
  }

  private static void drawLegend(List<Chrome.Item> legend, Svg svg, double height) {
    Chrome.legend(svg, Chrome.MARGIN, height - Chrome.MARGIN - 20, legend);
  }

  private static void add(
      DefaultTreeForTreeLayout<Node> tree,
      SnapshotIndex index,
      Node parent,
      int maxLevel,
      List<Node> order) {
    if (parent.element.level().number() >= maxLevel) {
      return;
    }
    for (se.processkarta.model.Element c : index.children(parent.element.code())) {
      Node n = node(c);
      tree.addChild(parent, n);
      order.add(n);
      add(tree, index, n, maxLevel, order);
    }
  }

  private static Node node(se.processkarta.model.Element e) {
    List<String> lines = new ArrayList<>();
    lines.add(e.code().toString());
    lines.addAll(TextMeasure.wrap(e.name(), NAME, MAX_TEXT, 3));
    double w = TextMeasure.width(lines.get(0), CODE);
    for (int i = 1; i < lines.size(); i++) {
      w = Math.max(w, TextMeasure.width(lines.get(i), NAME));
    }
    return new Node(e, lines, Math.ceil(w) + 16, lines.size() * NAME.lineHeight() + 10);
  }

  private static void draw(Svg svg, Element parent, Node n, double x, double y, Colouring c) {
    se.processkarta.model.Element e = n.element;
    int level = e.level().number();
    String fill;
    String ink;
    if (c == Colouring.LEVEL) {
      fill = Palette.levelFill(level);
      ink = Palette.levelText(level);
    } else {
      fill =
          level <= 2
              ? Palette.typeDark(e.code())
              : level == 3 ? Palette.typeMid(e.code()) : Palette.typeLight(e.code());
      ink = level <= 2 ? "#ffffff" : Palette.INK;
    }
    Element a = svg.link(parent, e.code(), Chrome.tooltip(e));
    Element box = svg.rect(a, x, y, n.width, n.height, 4, fill);
    boolean draft = e.status() == ElementStatus.DRAFT;
    Svg.stroke(box, draft ? Palette.GAP : "#33475b", draft ? 1.2 : 0.6, draft);
    Element t = svg.add(a, "text");
    CODE.withFill(ink).apply(t);
    double base = y + 5 + NAME.size();
    for (int i = 0; i < n.lines.size(); i++) {
      Element span = svg.add(t, "tspan");
      span.setAttribute("x", Svg.num(x + 8));
      span.setAttribute("y", Svg.num(base + i * NAME.lineHeight()));
      if (i > 0) {
        span.setAttribute("font-weight", "normal");
      }
      span.setTextContent(n.lines.get(i));
    }
  }

  private static List<Chrome.Item> legend(Colouring c) {
    List<Chrome.Item> items = new ArrayList<>();
    if (c == Colouring.LEVEL) {
      for (int l = 1; l <= 5; l++) {
        items.add(
            new Chrome.Item(Palette.levelFill(l), "#33475b", false, Texts.t("render.level." + l)));
      }
    } else {
      for (int t : new int[] {1, 3, 2}) {
        Code code = new Code(List.of(t));
        items.add(
            new Chrome.Item(Palette.typeDark(code), "#33475b", false, Texts.t("render.type." + t)));
      }
    }
    items.add(new Chrome.Item("#ffffff", Palette.GAP, true, Texts.t("render.status.draft")));
    return items;
  }
}
