package se.processkarta.export;

import java.util.Map;
import java.util.TreeMap;
import se.processkarta.model.ModelSnapshot;

/**
 * The exports that {@code processkarta render} writes into {@code diagrams/} beside the SVG: one
 * file per format of the whole model, named {@code processkarta.<extension>}.
 */
public final class ExportSet {

  private ExportSet() {}

  /** File name → content, in name order. */
  public static Map<String, byte[]> render(ModelSnapshot snapshot) {
    Map<String, byte[]> out = new TreeMap<>();
    ExportScope all = ExportScope.all();
    for (DiagramExporter e : Exports.standard().all()) {
      out.put(Exports.fileName(e, all), Exports.bytes(e, snapshot, all));
    }
    return out;
  }
}
