package se.processkarta.render;

import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.abego.treelayout.TreeLayout;
import org.abego.treelayout.util.DefaultTreeForTreeLayout;
import org.w3c.dom.Element;
import se.processkarta.model.Code;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.Palette;

/**
 * The before/after of a change as a tidy tree (the same abego layout and connectors as the tree
 * diagram): every element the change touches, with its ancestors for context, its box outlined and
 * filled by what happens to it, and a legend of only the kinds drawn. A moved element is drawn at
 * its new place with the code it had; a renamed one with its former name; a retired one dashed.
 * Stateless and deterministic: the same snapshot and marks give byte-identical SVG.
 */
public final class DiffRenderer {

  private static final double MAX_TEXT = 190;
  private static final TextStyle CODE = TextStyle.bold(11.5f, Palette.INK);
  private static final TextStyle NAME = TextStyle.plain(11.5f, Palette.INK);

  private DiffRenderer() {}

  /** What a change does to one element; when several apply, the first of these wins. */
  public enum Kind {
    ADDED,
    MOVED,
    RETIRED,
    CHANGED
  }

  /**
   * One marked element: its code after the change, its name after the change, for a move the code
   * it had, for a rename the name it had, and what happened to its roles, in words ("Processledare:
   * Jenny Persson → Lena Axelsson från 2026-12-08").
   */
  public record Mark(
      Kind kind,
      Code code,
      String name,
      Optional<Code> from,
      Optional<String> was,
      List<String> roles) {
    public Mark {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(code, "code");
      String now = name == null ? "" : name;
      name = now;
      from = from == null ? Optional.empty() : from;
      was = was == null ? Optional.empty() : was.filter(w -> !w.equals(now));
      roles = roles == null ? List.of() : List.copyOf(roles);
    }

    public Mark(Kind kind, Code code, String name, Optional<Code> from, Optional<String> was) {
      this(kind, code, name, from, was, List.of());
    }

    /**
     * Two marks of one element as one: the stronger kind, the earliest former code and name, the
     * role changes of both.
     */
    Mark merge(Mark later) {
      Kind k = kind.compareTo(later.kind) <= 0 ? kind : later.kind;
      List<String> both = new ArrayList<>(roles);
      both.addAll(later.roles);
      return new Mark(
          k,
          code,
          later.name.isEmpty() ? name : later.name,
          from.or(later::from),
          was.or(later::was),
          both);
    }
  }

  private static final class Node {
    final Code code;
    final String name;
    final Mark mark;
    final List<String> lines;
    final double width;
    final double height;
    final int depth;

    Node(Code code, String name, Mark mark, int depth) {
      this.code = code;
      this.name = name;
      this.mark = mark;
      this.depth = depth;
      List<String> l = new ArrayList<>();
      l.add(
          mark != null && mark.from().isPresent()
              ? Texts.t("render.diff.movedFrom", code, mark.from().get())
              : code == null ? "" : code.toString());
      l.addAll(TextMeasure.wrap(name, NAME, MAX_TEXT));
      if (mark != null && mark.was().isPresent()) {
        l.addAll(
            TextMeasure.wrap(Texts.t("render.diff.wasNamed", mark.was().get()), NAME, MAX_TEXT));
      }
      if (mark != null) {
        for (String role : mark.roles()) {
          l.addAll(TextMeasure.wrap(role, NAME, MAX_TEXT));
        }
      }
      this.lines = code == null ? List.of() : l;
      double w =
          code == null
              ? 1
              : Math.max(
                  TextMeasure.width(l.get(0), CODE),
                  TextMeasure.widest(l.subList(1, l.size()), NAME));
      this.width = code == null ? 1 : Math.ceil(w) + 16;
      this.height = code == null ? 1 : l.size() * NAME.lineHeight() + 10;
    }
  }

  /**
   * Draws the marked elements of {@code change} (titled {@code changeTitle}) on {@code snapshot},
   * the model the names of unmarked ancestors are read from.
   */
  public static String render(
      ModelSnapshot snapshot, long change, String changeTitle, String state, List<Mark> marks) {
    Map<Code, Mark> byCode = new TreeMap<>();
    for (Mark m : marks) {
      byCode.merge(m.code(), m, Mark::merge);
    }
    SnapshotIndex index = new SnapshotIndex(snapshot);
    // Every marked code with its lineage, in code order: parents before children.
    TreeMap<Code, String> drawn = new TreeMap<>();
    for (Mark m : byCode.values()) {
      for (Code c : m.code().lineage()) {
        Mark own = byCode.get(c);
        // A role edit names no element: its box keeps the element's own name.
        drawn.put(c, own != null && !own.name().isEmpty() ? own.name() : name(index, c));
      }
    }
    String title = Texts.t("render.diff.title", change, changeTitle);
    // The change's state in words (render.diff.state.SUBMITTED …), not the enum's English name.
    String stateKey = "render.diff.state." + state;
    String stateName = Texts.t(stateKey);
    String detail =
        Texts.t("render.diff.detail", change, stateName.equals(stateKey) ? state : stateName);
    Node hidden = new Node(null, "", null, 0);
    DefaultTreeForTreeLayout<Node> tree = new DefaultTreeForTreeLayout<>(hidden);
    Map<Code, Node> nodes = new TreeMap<>();
    List<Node> order = new ArrayList<>();
    for (Map.Entry<Code, String> e : drawn.entrySet()) {
      Code c = e.getKey();
      Node parent = c.parent().map(nodes::get).orElse(hidden);
      Node n = new Node(c, e.getValue(), byCode.get(c), parent.depth + 1);
      tree.addChild(parent, n);
      nodes.put(c, n);
      order.add(n);
    }
    List<Chrome.Item> legend = legend(order);
    double contentW = 0;
    double contentH = 0;
    Map<Node, Rectangle2D.Double> bounds = Map.of();
    double dx = Chrome.MARGIN;
    double dyOff = 0;
    double[] levelRight = new double[8];
    if (!order.isEmpty()) {
      TreeLayout<Node> layout = TreeRenderer.tidy(tree, n -> n.width, n -> n.height);
      bounds = layout.getNodeBounds();
      Rectangle2D all = layout.getBounds();
      double hiddenRoot = 1 + TreeRenderer.LEVEL_GAP;
      dx = Chrome.MARGIN - all.getMinX() - hiddenRoot;
      dyOff = -all.getMinY();
      contentW = all.getWidth() - hiddenRoot;
      contentH = all.getHeight();
      java.util.Arrays.fill(levelRight, Double.NEGATIVE_INFINITY);
      for (Node n : order) {
        Rectangle2D.Double b = bounds.get(n);
        levelRight[n.depth] = Math.max(levelRight[n.depth], b.x + n.width);
      }
    } else {
      contentW = TextMeasure.width(Texts.t("render.diff.empty"), Chrome.LEGEND);
      contentH = 0;
    }
    double width =
        Math.max(
                Math.max(contentW, Chrome.legendWidth(legend)),
                Chrome.headerWidth(snapshot, title, detail))
            + 2 * Chrome.MARGIN;
    double headerH = Chrome.headerHeight(title, width);
    double dy = headerH + dyOff;
    double height =
        order.isEmpty()
            ? headerH + 24 + Chrome.MARGIN
            : headerH + contentH + 20 + (legend.isEmpty() ? 0 : 24) + Chrome.MARGIN;
    Svg svg = new Svg(width, height, title, Texts.t("render.diff.desc"));
    Chrome.header(svg, snapshot, title, detail, width);
    if (order.isEmpty()) {
      svg.text(
          svg.root(), Chrome.MARGIN, headerH + 14, Texts.t("render.diff.empty"), Chrome.LEGEND);
    }
    Element edgeGroup = svg.group(svg.root(), "edges");
    edgeGroup.setAttribute("fill", "none");
    Svg.stroke(edgeGroup, Palette.LINE, 1, false);
    Svg.Markup edges = svg.markup(edgeGroup, null, order.size() * 100);
    Svg.Markup boxes = svg.markup(svg.root(), "nodes", order.size() * 480);
    for (Node n : order) {
      Rectangle2D.Double b = bounds.get(n);
      double x = b.x + dx;
      double y = b.y + dy;
      double bus = levelRight[n.depth] + dx + TreeRenderer.LEVEL_GAP / 2;
      for (Node c : tree.getChildren(n)) {
        Rectangle2D.Double cb = bounds.get(c);
        String d =
            "M"
                + Svg.num(x + n.width)
                + ","
                + Svg.num(y + n.height / 2)
                + " H"
                + Svg.num(bus)
                + " V"
                + Svg.num(cb.y + dy + c.height / 2)
                + " H"
                + Svg.num(cb.x + dx);
        edges.empty("path", "d", d, "data-from", n.code.toString(), "data-to", c.code.toString());
      }
      draw(boxes, n, x, y);
    }
    Chrome.legend(svg, Chrome.MARGIN, height - Chrome.MARGIN - 20, legend);
    return svg.toXml();
  }

  private static String name(SnapshotIndex index, Code c) {
    try {
      return index.element(c).name();
    } catch (RuntimeException notThere) {
      return "";
    }
  }

  private static String stroke(Kind k) {
    if (k == null) {
      return Palette.LINE;
    }
    return switch (k) {
      case ADDED -> Palette.DIFF_ADDED;
      case CHANGED -> Palette.DIFF_CHANGED;
      case MOVED -> Palette.DIFF_MOVED;
      case RETIRED -> Palette.DIFF_RETIRED;
    };
  }

  private static String fill(Kind k) {
    if (k == null) {
      return Palette.DIFF_CONTEXT_FILL;
    }
    return switch (k) {
      case ADDED -> Palette.DIFF_ADDED_FILL;
      case CHANGED -> Palette.DIFF_CHANGED_FILL;
      case MOVED -> Palette.DIFF_MOVED_FILL;
      case RETIRED -> Palette.DIFF_RETIRED_FILL;
    };
  }

  private static String label(Kind k) {
    return k == null
        ? Texts.t("render.diff.context")
        : Texts.t("render.diff." + k.name().toLowerCase(java.util.Locale.ROOT));
  }

  private static void draw(Svg.Markup out, Node n, double x, double y) {
    Kind k = n.mark == null ? null : n.mark.kind();
    out.open(
            "a",
            "xlink:href",
            "/processer/" + n.code,
            "data-diff",
            k == null ? "context" : k.name().toLowerCase(java.util.Locale.ROOT))
        .newline();
    out.open("title").text(n.code + " " + n.name + " (" + label(k) + ")").close("title").newline();
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
        fill(k),
        "stroke",
        stroke(k),
        "stroke-width",
        k == null ? "0.8" : "2",
        "stroke-dasharray",
        k == Kind.RETIRED ? "5 3" : null);
    out.open("text", "font-size", Svg.num(CODE.size()), "font-weight", "bold", "fill", Palette.INK);
    double base = y + 5 + NAME.size();
    for (int i = 0; i < n.lines.size(); i++) {
      out.open(
              "tspan",
              "x",
              Svg.num(x + 8),
              "y",
              Svg.num(base + i * NAME.lineHeight()),
              "font-weight",
              i > 0 ? "normal" : null,
              "text-decoration",
              k == Kind.RETIRED && i > 0 ? "line-through" : null)
          .text(n.lines.get(i))
          .close("tspan");
    }
    out.close("text").newline();
    out.close("a").newline();
  }

  /** Only the kinds drawn, in a fixed order, then the unchanged context if any is drawn. */
  private static List<Chrome.Item> legend(List<Node> drawn) {
    EnumSet<Kind> kinds = EnumSet.noneOf(Kind.class);
    boolean context = false;
    for (Node n : drawn) {
      if (n.mark == null) {
        context = true;
      } else {
        kinds.add(n.mark.kind());
      }
    }
    List<Chrome.Item> items = new ArrayList<>();
    for (Kind k : List.of(Kind.ADDED, Kind.CHANGED, Kind.MOVED, Kind.RETIRED)) {
      if (kinds.contains(k)) {
        items.add(new Chrome.Item(fill(k), stroke(k), k == Kind.RETIRED, label(k)));
      }
    }
    if (context) {
      items.add(new Chrome.Item(fill(null), stroke(null), false, label(null)));
    }
    return items;
  }
}
