package se.processkarta.render;

import java.util.List;
import org.w3c.dom.Element;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.Palette;

/** The parts every drawing shares: the title block and the legend. */
final class Chrome {

  static final double MARGIN = 32;

  /** A3 landscape at 96 px per inch; A4 landscape is the same shape. */
  static final double A3_WIDTH = 1587;

  static final double A3_HEIGHT = 1123;
  static final TextStyle TITLE = TextStyle.bold(24, Palette.INK);
  static final TextStyle SUBTITLE = TextStyle.plain(13, Palette.MUTED);
  static final TextStyle LEGEND = TextStyle.plain(12, Palette.INK);

  /** The fixed words of a tooltip, read once: a large tree has a tooltip per box. */
  private static final String MISSING = Texts.t("render.roles.missing");

  private static final String OWNER_LINE = "\n" + Texts.t("render.roles.owner") + ": ";
  private static final String LEAD_LINE = "\n" + Texts.t("render.roles.lead") + ": ";

  private Chrome() {}

  /** One entry of a legend: a swatch (fill and outline) and what it means. */
  record Item(String fill, String stroke, boolean dashed, String label) {}

  /**
   * Draws the title (wrapped to the drawing's width, so that no name is cut) and the version line;
   * answers where the content may start, which is {@link #headerHeight}.
   */
  static double header(Svg svg, ModelSnapshot snapshot, String title, String detail, double width) {
    Element g = svg.group(svg.root(), "header");
    List<String> lines = titleLines(title, width);
    svg.lines(g, MARGIN, MARGIN + 22, lines, TITLE);
    String version = Texts.t("render.version", snapshot.version(), snapshot.date().toString());
    double extra = (lines.size() - 1) * TITLE.lineHeight();
    svg.text(
        g,
        MARGIN,
        MARGIN + 44 + extra,
        detail.isEmpty() ? version : version + " · " + detail,
        SUBTITLE);
    return MARGIN + 64 + extra;
  }

  /** Where the content starts below a header of that title on a drawing that wide. */
  static double headerHeight(String title, double width) {
    return MARGIN + 64 + (titleLines(title, width).size() - 1) * TITLE.lineHeight();
  }

  private static List<String> titleLines(String title, double width) {
    return TextMeasure.wrap(title, TITLE, width - 2 * MARGIN);
  }

  /** Draws the legend in one row from {@code x,y}; answers its height (none when empty). */
  static double legend(Svg svg, double x, double y, List<Item> items) {
    if (items.isEmpty()) {
      return 0;
    }
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
    if (items.isEmpty()) {
      return 0;
    }
    double w = TextMeasure.width(Texts.t("render.legend"), TextStyle.bold(12, Palette.INK)) + 14;
    for (Item item : items) {
      w += 28 + TextMeasure.width(item.label(), LEGEND) + 20;
    }
    return w - 20;
  }

  /** The width a header needs: the title on one line unless that is very wide, the version line. */
  static double headerWidth(ModelSnapshot snapshot, String title, String detail) {
    String version = Texts.t("render.version", snapshot.version(), snapshot.date().toString());
    return Math.max(
        Math.min(TextMeasure.width(title, TITLE), 900),
        TextMeasure.width(detail.isEmpty() ? version : version + " · " + detail, SUBTITLE));
  }

  /**
   * The tooltip of an element: code, full name and, when not published, its status; then, on the
   * levels that hold roles, its owner and who leads it.
   */
  static String tooltip(se.processkarta.model.Element e, RoleFacts facts) {
    String base = e.code() + " " + e.name();
    base =
        switch (e.status()) {
          case PUBLISHED -> base;
          case DRAFT -> base + " (" + Texts.t("render.status.draft") + ")";
          case RETIRED -> base + " (" + Texts.t("render.status.retired") + ")";
        };
    int level = e.level().number();
    if (level < se.processkarta.model.RoleRules.MIN_ROLE_LEVEL
        || level > se.processkarta.model.RoleRules.MAX_ROLE_LEVEL) {
      return base;
    }
    String owner = facts.owner(e.code()).map(r -> facts.name(r.personId())).orElse(MISSING);
    String lead =
        facts
            .effectiveLead(e.code())
            .map(
                l ->
                    l.basis() == se.processkarta.model.RoleRules.LeadBasis.OWNER
                        ? Texts.t("render.roles.ownerAsLead", facts.name(l.person().personId()))
                        : facts.name(l.person().personId()))
            .orElse(MISSING);
    return base + OWNER_LINE + owner + LEAD_LINE + lead;
  }
}
