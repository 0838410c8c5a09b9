package se.processkarta.export;

import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.Map;
import org.abego.treelayout.Configuration;
import org.abego.treelayout.TreeLayout;
import org.abego.treelayout.util.DefaultConfiguration;
import org.abego.treelayout.util.DefaultTreeForTreeLayout;
import org.abego.treelayout.util.FixedNodeExtentProvider;
import se.processkarta.model.Code;
import se.processkarta.model.Element;

/**
 * Boxes for the tree pages of the diagram formats, laid out left to right with the tidy-tree
 * library the tree diagram uses (abego TreeLayout, Walker's algorithm in linear time). Coordinates
 * are whole points, so the output is the same on every machine.
 */
final class TreeGeometry {

  static final int WIDTH = 180;
  static final int HEIGHT = 60;
  private static final int LEVEL_GAP = 50;
  private static final int NODE_GAP = 12;
  private static final int MARGIN = 20;

  private TreeGeometry() {}

  /** Each element's box, by code. */
  static Map<Code, Rectangle2D> layout(Selection s) {
    Object top = "";
    DefaultTreeForTreeLayout<Object> tree = new DefaultTreeForTreeLayout<>(top);
    for (Element e : s.tops()) {
      add(s, tree, top, e);
    }
    TreeLayout<Object> layout =
        new TreeLayout<>(
            tree,
            new FixedNodeExtentProvider<>(WIDTH, HEIGHT),
            new DefaultConfiguration<>(LEVEL_GAP, NODE_GAP, Configuration.Location.Left));
    Map<Object, Rectangle2D.Double> bounds = layout.getNodeBounds();
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    for (Map.Entry<Object, Rectangle2D.Double> b : bounds.entrySet()) {
      if (b.getKey() != top) {
        minX = Math.min(minX, b.getValue().getX());
        minY = Math.min(minY, b.getValue().getY());
      }
    }
    Map<Code, Rectangle2D> out = new HashMap<>();
    for (Map.Entry<Object, Rectangle2D.Double> b : bounds.entrySet()) {
      if (b.getKey() instanceof Element e) {
        Rectangle2D r = b.getValue();
        out.put(
            e.code(),
            new Rectangle2D.Double(
                Math.round(r.getX() - minX) + MARGIN,
                Math.round(r.getY() - minY) + MARGIN,
                WIDTH,
                HEIGHT));
      }
    }
    return out;
  }

  private static void add(
      Selection s, DefaultTreeForTreeLayout<Object> tree, Object parent, Element e) {
    tree.addChild(parent, e);
    for (Element c : s.children(e.code())) {
      add(s, tree, e, c);
    }
  }
}
