package se.processkarta.render;

import java.util.List;
import org.w3c.dom.Element;
import se.processkarta.model.ModelSnapshot;

/** The parts every drawing shares: the title block and the legend. */
final class Chrome {

  static final double MARGIN = 32;

  /** A3 landscape at 96 px per inch; A4 landscape is the same shape. */
  static final double A3_WIDTH = 1587;

  static final double A3_HEIGHT = 1123;
  static final TextStyle TITLE = TextStyle.bold(24, Palette.INK);
  static final TextStyle SUBTITLE = TextStyle.plain(13, Palette.MUTED);
  static final TextStyle LEGEND = TextStyle.plain(12, Palette.INK);

  private Chrome() {}

  /** One entry of a legend: a swatch (fill and outline) and what it means. */
  record Item(String fill, String stroke, boolean dashed, String label) {}

  /** Draws the title and the version line; answers where the content may start. */
  static double header(Svg svg, ModelSnapshot snapshot, String title, String detail) {
    Element g = svg.group(svg.root(), "header");
    svg.text(g, MARGIN, MARGIN + 22, title, TITLE);
    String version = Texts.t("render.version", snapshot.version(), snapshot.date().toString());
    svg.text(
        g, MARGIN, MARGIN + 44, detail.isEmpty() ? version : version + " · " + detail, SUBTITLE);
    return MARGIN + 64;
  }

  /** Draws the legend in one row from {@code x,y}; answers its height. */
  static double legend(Svg svg, double x, double y, List<Item> items) {
    Element g = svg.group(svg.root(), "legend");
    svg.text(g, x, y + 14, Texts.t("render.legend"), TextStyle.bold(12, Palette.INK));
    double cx =
        x + TextMeasure.width(Texts.t("render.legend"), TextStyle.bold(12, Palette.INK)) + 14;
    for (Item item : items) {
      Element r = svg.rect(g, cx, y + 2, 22, 14, 3, item.fill());
      Svg.stroke(r, item.stroke(), 1.2, item.dashed());
      svg.text(g, cx + 28, y + 14, item.label(), LEGEND);
      cx += 28 + TextMeasure.width(item.label(), LEGEND) + 20;
    }
    return 24;
  }

  /** The width the legend needs, to size narrow drawings. */
  static double legendWidth(List<Item> items) {
    double w = TextMeasure.width(Texts.t("render.legend"), TextStyle.bold(12, Palette.INK)) + 14;
    for (Item item : items) {
      w += 28 + TextMeasure.width(item.label(), LEGEND) + 20;
    }
    return w;
  }

  /** The tooltip of an element: code, name and, when not published, its status. */
  static String tooltip(se.processkarta.model.Element e) {
    String base = e.code() + " " + e.name();
    return switch (e.status()) {
      case PUBLISHED -> base;
      case DRAFT -> base + " (" + Texts.t("render.status.draft") + ")";
      case RETIRED -> base + " (" + Texts.t("render.status.retired") + ")";
    };
  }
}
