package se.processkarta.export;

import jakarta.inject.Singleton;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import se.processkarta.model.Element;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.Palette;

/**
 * Graphviz DOT: the tree from left to right, boxes coloured by level as in our tree diagram, each
 * with a link to the element's page and its description as tooltip. Every string is quoted and
 * escaped ({@link #quote}), so no name can break out of its label.
 */
@Singleton
final class DotExporter implements DiagramExporter {

  @Override
  public String format() {
    return "dot";
  }

  @Override
  public String extension() {
    return "dot";
  }

  @Override
  public String mediaType() {
    return "text/vnd.graphviz; charset=utf-8";
  }

  @Override
  public String description() {
    return "Graphviz DOT (träd från vänster till höger)";
  }

  @Override
  public void write(ModelSnapshot snapshot, ExportScope scope, OutputStream out)
      throws IOException {
    Selection s = Selection.of(snapshot, scope);
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    w.write("digraph processkarta {\n");
    w.write("  graph [rankdir=LR, fontname=\"DejaVu Sans\", ranksep=0.4, nodesep=0.1];\n");
    w.write(
        "  node [shape=box, style=\"rounded,filled\", fontname=\"DejaVu Sans\", fontsize=10];\n");
    w.write("  edge [color=" + quote(Palette.LINE) + ", arrowhead=none];\n");
    for (Element e : s.elements()) {
      int level = e.level().number();
      w.write("  ");
      w.write(quote(e.code().toString()));
      w.write(" [label=");
      w.write(quote(Selection.title(e)));
      w.write(", fillcolor=");
      w.write(quote(Palette.levelFill(level)));
      w.write(", fontcolor=");
      w.write(quote(Palette.levelText(level)));
      w.write(", color=");
      w.write(quote(Palette.typeDark(e.code())));
      w.write(", URL=");
      w.write(quote(Selection.link(e.code())));
      if (e.description() != null) {
        w.write(", tooltip=");
        w.write(quote(e.description()));
      }
      w.write("];\n");
    }
    for (Element e : s.elements()) {
      for (Element c : s.children(e.code())) {
        w.write("  " + quote(e.code().toString()) + " -> " + quote(c.code().toString()) + ";\n");
      }
    }
    w.write("}\n");
    w.flush();
  }

  /**
   * A DOT double-quoted string: backslashes and quotes escaped, line breaks as DOT's {@code \n},
   * other control characters dropped.
   */
  static String quote(String s) {
    StringBuilder b = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '\\' -> b.append("\\\\");
        case '"' -> b.append("\\\"");
        case '\n' -> b.append("\\n");
        case '\r' -> {
          if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
            b.append("\\n");
          }
        }
        default -> {
          if (c >= 0x20 && c != 0x7f) {
            b.append(c);
          }
        }
      }
    }
    return b.append('"').toString();
  }
}
