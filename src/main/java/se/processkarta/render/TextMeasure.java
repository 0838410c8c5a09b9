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
   * Breaks text at spaces (and after hyphens and slashes) into lines no wider than {@code max}, as
   * many lines as it needs: nothing is ever cut. A word wider than a line is broken between
   * characters.
   */
  static List<String> wrap(String text, TextStyle style, double max) {
    List<String> lines = new ArrayList<>();
    if (width(text, style) <= max) {
      lines.add(text);
      return lines;
    }
    StringBuilder line = new StringBuilder();
    for (String word : words(text)) {
      String candidate = line + word;
      if (width(candidate.stripTrailing(), style) <= max) {
        line.append(word);
        continue;
      }
      if (line.length() > 0) {
        lines.add(line.toString().strip());
        line.setLength(0);
      }
      if (width(word.stripTrailing(), style) <= max) {
        line.append(word);
        continue;
      }
      // A word wider than the line: as many characters as fit, then the rest on the next lines.
      for (int i = 0; i < word.length(); i++) {
        char c = word.charAt(i);
        if (line.length() > 0 && width(line.toString() + c, style) > max && c != ' ') {
          lines.add(line.toString().strip());
          line.setLength(0);
        }
        line.append(c);
      }
    }
    if (!line.toString().isBlank()) {
      lines.add(line.toString().strip());
    }
    return lines;
  }

  /** The widest word of a text: narrower lines must break it between letters. */
  static double widestWord(String text, TextStyle style) {
    double w = 0;
    for (String word : words(text)) {
      w = Math.max(w, width(word.strip(), style));
    }
    return w;
  }

  /** The widest of some lines. */
  static double widest(List<String> lines, TextStyle style) {
    double w = 0;
    for (String l : lines) {
      w = Math.max(w, width(l, style));
    }
    return w;
  }

  /**
   * A code followed by a name, the name wrapped so that its lines align with its first line's text
   * and not under the code: {@code indent} is where the name starts, relative to the code. When a
   * word of the name would not fit beside the code, the name starts on the line below the code
   * instead ({@code below}), its lines aligned with the code.
   */
  record Label(String code, double indent, List<String> lines, boolean below) {
    /** The widest line, code included. */
    double width(TextStyle name) {
      double w = indent + widest(lines, name);
      return below ? Math.max(w, TextMeasure.width(code, name)) : w;
    }

    /** How many lines it takes. */
    int rows() {
      return lines.size() + (below ? 1 : 0);
    }
  }

  static Label label(
      String code, String name, TextStyle codeStyle, TextStyle nameStyle, double max) {
    double indent = width(code, codeStyle) + width(" ", nameStyle);
    double widestWord = widestWord(name, nameStyle);
    if (widestWord > max - indent || max - indent < 60) {
      return new Label(code, 0, wrap(name, nameStyle, max), true);
    }
    return new Label(code, indent, wrap(name, nameStyle, max - indent), false);
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
}
