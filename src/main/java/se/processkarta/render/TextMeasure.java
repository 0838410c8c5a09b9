package se.processkarta.render;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Measures text with the metrics of the font the SVG names (DejaVu Sans, which renders åäö), so
 * boxes fit their labels in Batik's renderer and in PNG and PDF. Stateless and thread-safe.
 */
final class TextMeasure {

  private static final FontRenderContext FRC = new FontRenderContext(null, true, true);
  private static final Font PLAIN = new Font("DejaVu Sans", Font.PLAIN, 100);
  private static final Font BOLD = new Font("DejaVu Sans", Font.BOLD, 100);
  private static final Font ITALIC = new Font("DejaVu Sans", Font.ITALIC, 100);

  /** Advances of the Latin characters (åäö and é included), read once from the font. */
  private static final int TABLE = 0x250;

  private static final double[] PLAIN_ADVANCE = advances(PLAIN);
  private static final double[] BOLD_ADVANCE = advances(BOLD);
  private static final double[] ITALIC_ADVANCE = advances(ITALIC);

  private TextMeasure() {}

  private static double[] advances(Font f) {
    double[] a = new double[TABLE];
    for (char c = 0; c < TABLE; c++) {
      a[c] = f.getStringBounds(String.valueOf(c), FRC).getWidth();
    }
    return a;
  }

  /**
   * The width of a line: the sum of the characters' advances, which is what AWT measures for text
   * without kerning or ligatures, read from a table so that thousands of labels measure fast.
   * Characters outside the table are measured by the font.
   */
  static double width(String s, TextStyle style) {
    Font f = style.bold() ? BOLD : style.italic() ? ITALIC : PLAIN;
    double[] table = style.bold() ? BOLD_ADVANCE : style.italic() ? ITALIC_ADVANCE : PLAIN_ADVANCE;
    double w = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c >= TABLE) {
        return f.getStringBounds(s, FRC).getWidth() * style.size() / 100.0;
      }
      w += table[c];
    }
    return w * style.size() / 100.0;
  }

  /**
   * Breaks text at spaces (and after hyphens and slashes when a word is too long) into lines no
   * wider than {@code max}; when more than {@code maxLines} would be needed the last line ends in
   * an ellipsis. The full text stays available in the box's tooltip.
   */
  static List<String> wrap(String text, TextStyle style, double max, int maxLines) {
    List<String> lines = new ArrayList<>();
    if (width(text, style) <= max) {
      lines.add(text);
      return lines;
    }
    StringBuilder line = new StringBuilder();
    for (String word : words(text)) {
      String candidate = line.length() == 0 ? word : line + word;
      if (width(candidate.stripTrailing(), style) <= max || line.length() == 0) {
        line.setLength(0);
        line.append(candidate);
      } else {
        lines.add(line.toString().strip());
        line.setLength(0);
        line.append(word);
      }
    }
    if (line.length() > 0) {
      lines.add(line.toString().strip());
    }
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      out.add(fit(l, style, max));
    }
    if (out.size() > maxLines) {
      List<String> cut = new ArrayList<>(out.subList(0, maxLines));
      cut.set(maxLines - 1, ellipsis(cut.get(maxLines - 1) + "…", style, max));
      return cut;
    }
    return out;
  }

  /** Words with their trailing separator, so that "plan-" and "bygglov" can break apart. */
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    StringBuilder w = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      w.append(c);
      if (c == ' ' || ((c == '-' || c == '/') && w.length() > 3)) {
        words.add(w.toString());
        w.setLength(0);
      }
    }
    if (w.length() > 0) {
      words.add(w.toString());
    }
    return words;
  }

  private static String fit(String line, TextStyle style, double max) {
    return width(line, style) <= max ? line : ellipsis(line, style, max);
  }

  private static String ellipsis(String line, TextStyle style, double max) {
    String s = line.endsWith("…") ? line.substring(0, line.length() - 1) : line;
    while (!s.isEmpty() && width(s.stripTrailing() + "…", style) > max) {
      s = s.substring(0, s.length() - 1);
    }
    return s.stripTrailing() + "…";
  }
}
