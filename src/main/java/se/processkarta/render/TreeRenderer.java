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
import se.processkarta.model.Palette;

/**
 * A tidy tree of a subtree, root on the left, laid out by abego TreeLayout (Walker's algorithm in
 * linear time). Boxes show the code and the whole wrapped name, coloured by level or by
 * verksamhetstyp.
 *
 * <p>Connectors are orthogonal: from the parent's right edge to a vertical bus, then to each child.
 * The bus of every parent on one level runs in the middle of the gap after that level's widest box,
 * so it never passes a box of either level; children of different parents are set further apart
 * than siblings, so that each parent's group reads as its own.
 */
final class TreeRenderer {

  private static final double MAX_TEXT = 190;
  static final double LEVEL_GAP = 48;
  private static final double SIBLING_GAP = 8;
  private static final double GROUP_GAP = 24;
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
    final int depth;

    /** The Klassa level, read once: Code.level() is not free and is asked several times. */
    final int level;

    Node(
        se.processkarta.model.Element element,
        List<String> lines,
        double width,
        double height,
        int depth) {
      this.element = element;
      this.lines = lines;
      this.width = width;
      this.height = height;
      this.depth = depth;
      this.level = element == null ? 0 : element.code().segments().size();
    }
  }

  static String render(
      ModelSnapshot snapshot, Optional<Code> root, int depth, Colouring colouring) {
    SnapshotIndex index = new SnapshotIndex(snapshot);
    RoleFacts facts = new RoleFacts(snapshot);
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
    boolean forest = tops.size() != 1;
    Node top = forest ? new Node(null, List.of(), 1, 1, 0) : node(tops.get(0), 1);
    DefaultTreeForTreeLayout<Node> tree = new DefaultTreeForTreeLayout<>(top);
    List<Node> order = new ArrayList<>();
    if (!forest) {
      order.add(top);
      add(tree, index, top, maxLevel, order);
    } else {
      for (se.processkarta.model.Element t : tops) {
        Node n = node(t, 1);
        tree.addChild(top, n);
        order.add(n);
        add(tree, index, n, maxLevel, order);
      }
    }
    TreeLayout<Node> layout = tidy(tree, n -> n.width, n -> n.height);
    Map<Node, Rectangle2D.Double> bounds = layout.getNodeBounds();
    Rectangle2D all = layout.getBounds();
    double hiddenRoot = forest ? 1 + LEVEL_GAP : 0;
    double dx = Chrome.MARGIN - all.getMinX() - hiddenRoot;
    // The right edge of each level's widest box: every bus of that level runs after it.
    double[] levelRight = new double[8];
    java.util.Arrays.fill(levelRight, Double.NEGATIVE_INFINITY);
    for (Node n : order) {
      Rectangle2D.Double b = bounds.get(n);
      levelRight[n.depth] = Math.max(levelRight[n.depth], b.x + n.width);
    }
    List<Chrome.Item> legend = legend(colouring, order);
    String detail = Texts.t("render.tree.depth", depth);
    double width =
        Math.max(
                Math.max(all.getWidth() - hiddenRoot, Chrome.legendWidth(legend)),
                Chrome.headerWidth(snapshot, title, detail))
            + 2 * Chrome.MARGIN;
    double headerH = Chrome.headerHeight(title, width);
    double dy = headerH - all.getMinY();
    double height = headerH + all.getHeight() + 20 + (legend.isEmpty() ? 0 : 24) + Chrome.MARGIN;
    Svg svg = new Svg(width, height, title, Texts.t("render.tree.desc"));
    Chrome.header(svg, snapshot, title, detail, width);
    // Written as markup, not DOM nodes: the tree is what grows to 100,000 boxes.
    Element edgeGroup = svg.group(svg.root(), "edges");
    edgeGroup.setAttribute("fill", "none");
    Svg.stroke(edgeGroup, Palette.LINE, 1, false);
    // Sized up front: growing a buffer of tens of megabytes by doubling was a fifth of the time.
    Svg.Markup edges = svg.markup(edgeGroup, null, order.size() * 100);
    Svg.Markup boxes = svg.markup(svg.root(), "nodes", order.size() * 480);
    StringBuilder d = new StringBuilder(64);
    for (Node n : order) {
      Rectangle2D.Double b = bounds.get(n);
      double x = b.x + dx;
      double y = b.y + dy;
      double bus = levelRight[n.depth] + dx + LEVEL_GAP / 2;
      String from = n.element.code().toString();
      for (Node c : tree.getChildren(n)) {
        Rectangle2D.Double cb = bounds.get(c);
        d.setLength(0);
        d.append('M')
            .append(Svg.num(x + n.width))
            .append(',')
            .append(Svg.num(y + n.height / 2))
            .append(" H")
            .append(Svg.num(bus))
            .append(" V")
            .append(Svg.num(cb.y + dy + c.height / 2))
            .append(" H")
            .append(Svg.num(cb.x + dx));
        edges.empty(
            "path", "d", d.toString(), "data-from", from, "data-to", c.element.code().toString());
      }
      draw(boxes, n, x, y, colouring, facts);
    }
    Chrome.legend(svg, Chrome.MARGIN, height - Chrome.MARGIN - 20, legend);
    return svg.toXml();
  }

  private static void add(
      DefaultTreeForTreeLayout<Node> tree,
      SnapshotIndex index,
      Node parent,
      int maxLevel,
      List<Node> order) {
    if (parent.level >= maxLevel) {
      return;
    }
    for (se.processkarta.model.Element c : index.children(parent.element.code())) {
      Node n = node(c, parent.depth + 1);
      tree.addChild(parent, n);
      order.add(n);
      add(tree, index, n, maxLevel, order);
    }
  }

  private static Node node(se.processkarta.model.Element e, int depth) {
    List<String> lines = new ArrayList<>();
    lines.add(e.code().toString());
    List<String> name = TextMeasure.wrap(e.name(), NAME, MAX_TEXT);
    lines.addAll(name);
    double w = Math.max(TextMeasure.width(lines.get(0), CODE), TextMeasure.widest(name, NAME));
    return new Node(e, lines, Math.ceil(w) + 16, lines.size() * NAME.lineHeight() + 10, depth);
  }

  private static String fill(se.processkarta.model.Element e, int level, Colouring c) {
    if (c == Colouring.LEVEL) {
      return Palette.levelFill(level);
    }
    return level <= 2
        ? Palette.typeDark(e.code())
        : level == 3 ? Palette.typeMid(e.code()) : Palette.typeLight(e.code());
  }

  private static void draw(
      Svg.Markup out, Node n, double x, double y, Colouring c, RoleFacts facts) {
    se.processkarta.model.Element e = n.element;
    int level = n.level;
    String ink =
        c == Colouring.LEVEL ? Palette.levelText(level) : level <= 2 ? "#ffffff" : Palette.INK;
    boolean draft = e.status() == ElementStatus.DRAFT;
    out.open("a", "xlink:href", "/processer/" + e.code()).newline();
    out.open("title").text(Chrome.tooltip(e, facts)).close("title").newline();
    out.empty(
        "rect",
        "x",
        Svg.num(x),
        "y",
        Svg.num(y),
        "width",
        Svg.num(n.width),
        "height",
        Svg.num(n.height),
        "rx",
        "4",
        "fill",
        fill(e, level, c),
        "stroke",
        draft ? Palette.GAP : "#33475b",
        "stroke-width",
        draft ? "1.2" : "0.6",
        "stroke-dasharray",
        draft ? "5 3" : null);
    out.open("text", "font-size", Svg.num(CODE.size()), "font-weight", "bold", "fill", ink);
    double base = y + 5 + NAME.size();
    for (int i = 0; i < n.lines.size(); i++) {
      out.open(
              "tspan",
              "x",
              Svg.num(x + 8),
              "y",
              Svg.num(base + i * NAME.lineHeight()),
              "font-weight",
              i > 0 ? "normal" : null)
          .text(n.lines.get(i))
          .close("tspan");
    }
    out.close("text").newline();
    out.close("a").newline();
  }

  /** What the boxes drawn mean: only the levels (or types) that appear, and drafts if any. */
  private static List<Chrome.Item> legend(Colouring c, List<Node> drawn) {
    java.util.TreeMap<Integer, String> shown = new java.util.TreeMap<>();
    String draftFill = null;
    for (Node n : drawn) {
      se.processkarta.model.Element e = n.element;
      int key = c == Colouring.LEVEL ? n.level : e.code().segments().get(0);
      if (c == Colouring.LEVEL || n.level <= 2) {
        shown.putIfAbsent(key, fill(e, n.level, c));
      }
      if (draftFill == null && e.status() == ElementStatus.DRAFT) {
        draftFill = fill(e, n.level, c);
      }
    }
    List<Chrome.Item> items = new ArrayList<>();
    List<Integer> keys = new ArrayList<>(shown.keySet());
    if (c == Colouring.TYPE) {
      // The classic order of the map: Ledning, Kärnverksamhet, Verksamhetsstöd.
      keys.sort(java.util.Comparator.comparingInt(k -> k == 3 ? 2 : k == 2 ? 3 : k));
    }
    for (int k : keys) {
      String label =
          c == Colouring.LEVEL
              ? Texts.t("render.level." + k)
              : k >= 1 && k <= 3 ? Texts.t("render.type." + k) : String.valueOf(k);
      items.add(new Chrome.Item(shown.get(k), "#33475b", false, label));
    }
    if (draftFill != null) {
      items.add(new Chrome.Item(draftFill, Palette.GAP, true, Texts.t("render.status.draft")));
    }
    return items;
  }

  /**
   * The tidy-tree layout every tree drawing uses (the tree diagram and the change's before/after
   * drawing): levels left to right, siblings close together and groups further apart.
   */
  static <N> TreeLayout<N> tidy(
      DefaultTreeForTreeLayout<N> tree,
      java.util.function.ToDoubleFunction<N> width,
      java.util.function.ToDoubleFunction<N> height) {
    NodeExtentProvider<N> extents =
        new NodeExtentProvider<>() {
          @Override
          public double getWidth(N n) {
            return width.applyAsDouble(n);
          }

          @Override
          public double getHeight(N n) {
            return height.applyAsDouble(n);
          }
        };
    DefaultConfiguration<N> config =
        new DefaultConfiguration<>(
            LEVEL_GAP,
            SIBLING_GAP,
            Configuration.Location.Left,
            Configuration.AlignmentInLevel.TowardsRoot) {
          @Override
          public double getGapBetweenNodes(N a, N b) {
            return tree.getParent(a) == tree.getParent(b) ? SIBLING_GAP : GROUP_GAP;
          }
        };
    return new TreeLayout<>(tree, extents, config);
  }
}
