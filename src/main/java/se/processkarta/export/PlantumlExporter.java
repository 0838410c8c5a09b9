package se.processkarta.export;

import jakarta.inject.Singleton;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import se.processkarta.model.Element;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.Palette;

/**
 * A PlantUML work breakdown structure ({@code @startwbs}) of the tree, boxes filled in our level
 * colours. Every character that PlantUML's Creole markup could read as markup is written as a
 * {@code <U+XXXX>} code point, so a name stays text; line breaks become PlantUML's {@code \n}.
 */
@Singleton
final class PlantumlExporter implements DiagramExporter {

  @Override
  public String format() {
    return "plantuml";
  }

  @Override
  public String extension() {
    return "puml";
  }

  @Override
  public String mediaType() {
    return "text/vnd.plantuml; charset=utf-8";
  }

  @Override
  public String description() {
    return "PlantUML WBS (arbetsnedbrytning) av trädet";
  }

  @Override
  public void write(ModelSnapshot snapshot, ExportScope scope, OutputStream out)
      throws IOException {
    Selection s = Selection.of(snapshot, scope);
    Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    w.write("@startwbs\n");
    w.write("<style>\nwbsDiagram {\n  FontName \"DejaVu Sans\"\n  FontSize 11\n");
    w.write("  LineColor " + Palette.LINE + "\n}\n</style>\n");
    String stars = "*";
    if (scope.root().isEmpty()) {
      w.write("* Processkarta\n");
      stars = "**";
    }
    for (Element e : s.tops()) {
      node(w, s, e, stars);
    }
    w.write("@endwbs\n");
    w.flush();
  }

  private static void node(Writer w, Selection s, Element e, String stars) throws IOException {
    int level = e.level().number();
    w.write(stars);
    w.write("[" + Palette.levelFill(level) + "] ");
    // A colour tag does not span PlantUML's line breaks, so each line gets its own.
    String open = "<color:" + Palette.levelText(level) + ">";
    List<String> lines = List.of(Selection.title(e).split("\r\n|\r|\n", -1));
    w.write(String.join("\\n", lines.stream().map(l -> open + text(l) + "</color>").toList()));
    w.write("\n");
    for (Element c : s.children(e.code())) {
      node(w, s, c, stars + "*");
    }
  }

  /** Creole-safe text: markup characters as code points, line breaks as {@code \n}. */
  static String text(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\n') {
        b.append("\\n");
      } else if (c == '\r') {
        if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
          b.append("\\n");
        }
      } else if (c < 0x20 || c == 0x7f) {
        continue;
      } else if ("<>&\\~*_-\"'=#[]{}|/^%$!@:;+".indexOf(c) >= 0) {
        b.append("<U+").append(String.format("%04X", (int) c)).append('>');
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
