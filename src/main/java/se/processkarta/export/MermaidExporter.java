package se.processkarta.export;

import jakarta.inject.Singleton;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.Palette;

/**
 * A Mermaid flowchart of the tree, left to right, with one class per level in our colours and a
 * click link to each element's page. Labels are quoted and every character Mermaid could read as
 * syntax or markup is written as a Mermaid entity code ({@code #lt;}, {@code #quot;}, ...), so a
 * name stays text. The front matter raises Mermaid's edge and size limits, which a whole model
 * exceeds.
 */
@Singleton
final class MermaidExporter implements DiagramExporter {

  @Override
  public String format() {
    return "mermaid";
  }

  @Override
  public String extension() {
    return "mmd";
  }

  @Override
  public String mediaType() {
    return "text/vnd.mermaid; charset=utf-8";
  }

  @Override
  public String description() {
    return "Mermaid-flödesschema (flowchart) av trädet";
  }

  @Override
  public void write(ModelSnapshot snapshot, ExportScope scope, OutputStream out)
      throws IOException {
    Selection s = Selection.of(snapshot, scope);
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    w.write("flowchart LR\n");
    for (int level = 1; level <= 5; level++) {
      w.write(
          "  classDef l"
              + level
              + " fill:"
              + Palette.levelFill(level)
              + ",color:"
              + Palette.levelText(level)
              + ",stroke:"
              + Palette.LINE
              + "\n");
    }
    for (Element e : s.elements()) {
      w.write("  " + id(e.code()) + "[\"" + label(Selection.title(e)) + "\"]:::l");
      w.write(String.valueOf(e.level().number()));
      w.write("\n");
    }
    for (Element e : s.elements()) {
      for (Element c : s.children(e.code())) {
        w.write("  " + id(e.code()) + " --- " + id(c.code()) + "\n");
      }
    }
    for (Element e : s.elements()) {
      w.write("  click " + id(e.code()) + " href \"" + Selection.link(e.code()) + "\"\n");
    }
    w.flush();
  }

  /** {@code e3_5_2} for {@code 3.5.2}. */
  static String id(Code code) {
    return "e" + code.toString().replace('.', '_');
  }

  /** The text for a quoted label: syntax characters as entity codes, line breaks as breaks. */
  static String label(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '#' -> b.append("#35;");
        case '"' -> b.append("#quot;");
        case '&' -> b.append("#amp;");
        case '<' -> b.append("#lt;");
        case '>' -> b.append("#gt;");
        case ';' -> b.append("#59;");
        case '`' -> b.append("#96;");
        case '%' -> b.append("#37;");
        case '\n' -> b.append("<br/>");
        case '\r' -> {
          if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
            b.append("<br/>");
          }
        }
        default -> {
          if (c >= 0x20 && c != 0x7f) {
            b.append(c);
          }
        }
      }
    }
    return b.toString();
  }
}
