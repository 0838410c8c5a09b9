package se.processkarta.export;

import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.NotFoundException;

/** The export formats by name: what the endpoint, the command and the render command offer. */
@Singleton
public final class Exports {

  private final Map<String, DiagramExporter> byFormat = new TreeMap<>();

  @Inject
  public Exports(List<DiagramExporter> exporters) {
    for (DiagramExporter e : exporters) {
      if (byFormat.put(e.format(), e) != null) {
        throw new IllegalStateException("two exporters for " + e.format());
      }
    }
  }

  /** Every format, for use without a bean context (the command line). */
  public static Exports standard() {
    return new Exports(
        List.of(
            new ArchimateExporter(),
            new BpmnExporter(),
            new CsvExporter(),
            new DotExporter(),
            new DrawioExporter(),
            new GraphmlExporter(),
            new MermaidExporter(),
            new PlantumlExporter(),
            new XlsxExporter()));
  }

  /** The exporters in format-name order. */
  public List<DiagramExporter> all() {
    return List.copyOf(byFormat.values());
  }

  /** The format names, in order. */
  public List<String> formats() {
    return List.copyOf(byFormat.keySet());
  }

  /**
   * @throws NotFoundException naming the formats there are
   */
  public DiagramExporter get(String format) {
    DiagramExporter e = byFormat.get(format);
    if (e == null) {
      throw new NotFoundException("export.unknownFormat", format, String.join(", ", formats()));
    }
    return e;
  }

  /** {@code processkarta-3.5.drawio}. */
  public static String fileName(DiagramExporter exporter, ExportScope scope) {
    return scope.baseName() + "." + exporter.extension();
  }

  /** The whole export in memory. */
  public static byte[] bytes(DiagramExporter exporter, ModelSnapshot snapshot, ExportScope scope) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
    try {
      exporter.write(snapshot, scope, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
