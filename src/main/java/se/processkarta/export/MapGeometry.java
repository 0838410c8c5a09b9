package se.processkarta.export;

import java.awt.geom.Rectangle2D;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import se.processkarta.model.Code;
import se.processkarta.model.Element;

/**
 * Boxes for the process-map pages, in absolute whole points: the scope's first level as full-width
 * bands stacked downwards (the VT bands of our map), the second level as containers in rows of
 * {@value #PER_ROW} inside each band (the VO), and the third level as boxes stacked in each
 * container. Deeper levels are on the tree page only.
 */
final class MapGeometry {

  static final int HEADER = 30;
  static final int BOX_W = 180;
  static final int BOX_H = 40;
  private static final int GAP = 8;
  private static final int PAD = 10;
  private static final int PER_ROW = 6;
  private static final int CONTAINER_W = BOX_W + 2 * PAD;
  private static final int BAND_GAP = 20;
  private static final int MARGIN = 20;

  private MapGeometry() {}

  /** Boxes by code, outer before inner, in code order. */
  static Map<Code, Rectangle2D> layout(Selection s) {
    List<Element> bands = s.tops();
    int perRow = 1;
    for (Element b : bands) {
      perRow = Math.max(perRow, Math.min(PER_ROW, s.children(b.code()).size()));
    }
    int bandW = 2 * PAD + perRow * CONTAINER_W + (perRow - 1) * PAD;
    Map<Code, Rectangle2D> out = new LinkedHashMap<>();
    int y = MARGIN;
    for (Element band : bands) {
      List<Element> areas = s.children(band.code());
      Map<Code, Rectangle2D> inner = new LinkedHashMap<>();
      int rowY = y + HEADER + PAD;
      for (int i = 0; i < areas.size(); i += PER_ROW) {
        int rowH = 0;
        for (int j = i; j < Math.min(areas.size(), i + PER_ROW); j++) {
          Element area = areas.get(j);
          int x = MARGIN + PAD + (j - i) * (CONTAINER_W + PAD);
          List<Element> groups = s.children(area.code());
          int h = HEADER + PAD + groups.size() * (BOX_H + GAP) + (groups.isEmpty() ? 0 : PAD - GAP);
          h = Math.max(h, HEADER + PAD + BOX_H);
          inner.put(area.code(), new Rectangle2D.Double(x, rowY, CONTAINER_W, h));
          int gy = rowY + HEADER + PAD;
          for (Element g : groups) {
            inner.put(g.code(), new Rectangle2D.Double(x + PAD, gy, BOX_W, BOX_H));
            gy += BOX_H + GAP;
          }
          rowH = Math.max(rowH, h);
        }
        rowY += rowH + PAD;
      }
      int bandH = Math.max(rowY - y, HEADER + PAD + BOX_H);
      out.put(band.code(), new Rectangle2D.Double(MARGIN, y, bandW, bandH));
      out.putAll(inner);
      y += bandH + BAND_GAP;
    }
    return out;
  }

  /** The box of {@code code} relative to its parent's box, or absolute for a band. */
  static Rectangle2D relative(Map<Code, Rectangle2D> boxes, Code code) {
    Rectangle2D r = boxes.get(code);
    Rectangle2D p = code.parent().map(boxes::get).orElse(null);
    if (p == null) {
      return r;
    }
    return new Rectangle2D.Double(
        r.getX() - p.getX(), r.getY() - p.getY(), r.getWidth(), r.getHeight());
  }
}
