package se.processkarta.model;

/**
 * Colours: one family per verksamhetstyp and one shade per level, readable in print. The one home
 * of the colours, so that the diagrams and the exports that carry colours (draw.io, GraphML, DOT,
 * Mermaid, PlantUML, ArchiMate views) agree without a copy to keep in step.
 */
public final class Palette {

  public static final String INK = "#1b2631";
  public static final String MUTED = "#5d6d7e";
  public static final String LINE = "#8395a7";
  public static final String GAP = "#c0392b";
  public static final String GAP_FILL = "#fdecea";
  public static final String CONFLICT = "#b9770e";
  public static final String CONFLICT_FILL = "#fef5e7";

  /** The before/after of a change: outline and fill per kind; ink text reads on every fill. */
  public static final String DIFF_ADDED = "#1e7b45";

  public static final String DIFF_ADDED_FILL = "#dcf3e4";
  public static final String DIFF_CHANGED = "#9a6100";
  public static final String DIFF_CHANGED_FILL = "#fff1cc";
  public static final String DIFF_MOVED = "#5b2c83";
  public static final String DIFF_MOVED_FILL = "#efe5f7";
  public static final String DIFF_RETIRED = "#a93226";
  public static final String DIFF_RETIRED_FILL = "#eeeeee";
  public static final String DIFF_CONTEXT_FILL = "#ffffff";

  private static final String[] TYPE_DARK = {"#1f4e79", "#9a5b13", "#2e6b34"};
  private static final String[] TYPE_LIGHT = {"#e3edf7", "#fbeedd", "#e5f1e3"};
  private static final String[] TYPE_MID = {"#bcd3ea", "#f3d3a8", "#bedcb9"};
  private static final String[] LEVEL_FILL = {
    "#17324d", "#2a628f", "#4f8fc0", "#b8d8ea", "#eef6fa"
  };

  private Palette() {}

  /** 0 for Ledning (1), 1 for Verksamhetsstöd (2), 2 for Kärnverksamhet (3). */
  private static int type(Code code) {
    int t = code.segments().get(0);
    return t >= 1 && t <= 3 ? t - 1 : 2;
  }

  public static String typeDark(Code code) {
    return TYPE_DARK[type(code)];
  }

  public static String typeLight(Code code) {
    return TYPE_LIGHT[type(code)];
  }

  public static String typeMid(Code code) {
    return TYPE_MID[type(code)];
  }

  public static String levelFill(int level) {
    return LEVEL_FILL[Math.max(1, Math.min(level, 5)) - 1];
  }

  /** White text on the dark fills, ink on the light ones. */
  public static String levelText(int level) {
    return level <= 3 ? "#ffffff" : INK;
  }
}
