package se.processkarta.export;

import se.processkarta.model.Code;

/**
 * The colours of our SVG diagrams, for the formats that carry colours. They duplicate {@code
 * render.Palette}, which is package-private to the renderer; keep the two in step (the values are
 * the palette's as of issue 12).
 */
final class Colours {

  static final String INK = "#1b2631";
  static final String LINE = "#8395a7";

  private static final String[] TYPE_DARK = {"#1f4e79", "#9a5b13", "#2e6b34"};
  private static final String[] TYPE_LIGHT = {"#e3edf7", "#fbeedd", "#e5f1e3"};
  private static final String[] TYPE_MID = {"#bcd3ea", "#f3d3a8", "#bedcb9"};
  private static final String[] LEVEL_FILL = {
    "#17324d", "#2a628f", "#4f8fc0", "#b8d8ea", "#eef6fa"
  };

  private Colours() {}

  private static int type(Code code) {
    int t = code.segments().get(0);
    return t >= 1 && t <= 3 ? t - 1 : 2;
  }

  static String typeDark(Code code) {
    return TYPE_DARK[type(code)];
  }

  static String typeLight(Code code) {
    return TYPE_LIGHT[type(code)];
  }

  static String typeMid(Code code) {
    return TYPE_MID[type(code)];
  }

  static String levelFill(int level) {
    return LEVEL_FILL[Math.max(1, Math.min(level, 5)) - 1];
  }

  /** White text on the dark fills, ink on the light ones. */
  static String levelText(int level) {
    return level <= 3 ? "#ffffff" : INK;
  }
}
