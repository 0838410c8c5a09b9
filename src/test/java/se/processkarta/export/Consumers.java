package se.processkarta.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.mxgraph.io.mxCodec;
import com.mxgraph.model.mxCell;
import com.mxgraph.model.mxGraphModel;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import net.sourceforge.plantuml.FileFormat;
import net.sourceforge.plantuml.FileFormatOption;
import net.sourceforge.plantuml.SourceStringReader;
import net.sourceforge.plantuml.core.Diagram;
import net.sourceforge.plantuml.error.PSystemError;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.jgrapht.util.SupplierUtil;
import org.junit.jupiter.api.Assumptions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/** The real consumers of each format: the libraries and tools that read them. */
final class Consumers {

  static final Path MERMAID = Path.of("src/test/mermaid");

  private Consumers() {}

  /** A namespace-aware DOM, with DOCTYPEs refused. */
  static Document xml(byte[] bytes) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder b = f.newDocumentBuilder();
      return b.parse(new InputSource(new ByteArrayInputStream(bytes)));
    } catch (Exception e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  /** Each page decoded with draw.io's JGraphX: the models, with no edge missing an end. */
  static List<mxGraphModel> drawio(byte[] bytes) {
    Document doc = xml(bytes);
    NodeList pages = doc.getElementsByTagName("diagram");
    List<mxGraphModel> models = new ArrayList<>();
    for (int i = 0; i < pages.getLength(); i++) {
      Element page = (Element) pages.item(i);
      Element graph = (Element) page.getElementsByTagName("mxGraphModel").item(0);
      mxGraphModel model = new mxGraphModel();
      new mxCodec(doc).decode(graph, model);
      for (Object o : model.getCells().values()) {
        mxCell c = (mxCell) o;
        if (c.isEdge()) {
          assertThat(c.getSource()).as("source of edge " + c.getId()).isNotNull();
          assertThat(c.getTarget()).as("target of edge " + c.getId()).isNotNull();
        }
        if (c.isVertex()) {
          assertThat(c.getParent()).as("parent of " + c.getId()).isNotNull();
        }
      }
      models.add(model);
    }
    return models;
  }

  /** Validates against the ArchiMate 3.1 exchange schemas, offline. */
  static void archimate(byte[] bytes) {
    try {
      SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
      URL xmlXsd = Consumers.class.getResource("/schemas/archimate/xml.xsd");
      var ls =
          (org.w3c.dom.ls.DOMImplementationLS)
              DocumentBuilderFactory.newInstance().newDocumentBuilder().getDOMImplementation();
      f.setResourceResolver(
          (type, ns, publicId, systemId, base) -> {
            if (systemId != null && systemId.endsWith("xml.xsd")) {
              var in = ls.createLSInput();
              in.setSystemId(xmlXsd.toString());
              return in;
            }
            return null;
          });
      Schema schema =
          f.newSchema(Consumers.class.getResource("/schemas/archimate/archimate3_Diagram.xsd"));
      schema.newValidator().validate(new StreamSource(new ByteArrayInputStream(bytes)));
    } catch (Exception e) {
      throw new AssertionError("invalid ArchiMate exchange file: " + e.getMessage(), e);
    }
  }

  /** Parsed and validated with Camunda's BPMN model API. */
  static BpmnModelInstance bpmn(byte[] bytes) {
    BpmnModelInstance model = Bpmn.readModelFromStream(new ByteArrayInputStream(bytes));
    Bpmn.validateModel(model);
    return model;
  }

  /** Read with JGraphT's GraphML importer. */
  static Graph<String, DefaultEdge> graphml(byte[] bytes) {
    Graph<String, DefaultEdge> g =
        new DefaultDirectedGraph<>(null, SupplierUtil.createDefaultEdgeSupplier(), false);
    GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
    importer.setSchemaValidation(false);
    importer.setVertexFactory(id -> id);
    importer.importGraph(g, new ByteArrayInputStream(bytes));
    return g;
  }

  /** Rendered with Graphviz {@code dot -Tsvg}; skipped when dot is not installed. */
  static byte[] dot(byte[] bytes) {
    return run(List.of("dot", "-Tsvg"), bytes, "Graphviz (dot)");
  }

  /**
   * Parsed with the npm mermaid package's own parser; skipped when node or it is absent. {@code
   * large} raises Mermaid's edge and size limits as an embedding site can.
   */
  static void mermaid(byte[] bytes, boolean large) {
    Assumptions.assumeTrue(
        Files.isDirectory(MERMAID.resolve("node_modules/mermaid")),
        "mermaid is not installed: run npm ci --prefix src/test/mermaid (.ci/run does)");
    List<String> command =
        new ArrayList<>(List.of("node", MERMAID.resolve("check.mjs").toString()));
    if (large) {
      command.add("--large");
    }
    run(command, bytes, "node");
  }

  /** Rendered to SVG by the PlantUML library; fails on a syntax error. */
  static String plantuml(byte[] bytes) {
    try {
      SourceStringReader reader = new SourceStringReader(new String(bytes, StandardCharsets.UTF_8));
      Diagram d = reader.getBlocks().get(0).getDiagram();
      if (d instanceof PSystemError err) {
        fail("PlantUML syntax error: " + err.getLineLocation() + " " + err.getErrorsUml());
      }
      ByteArrayOutputStream svg = new ByteArrayOutputStream();
      reader.outputImage(svg, new FileFormatOption(FileFormat.SVG));
      return svg.toString(StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Read with commons-csv after checking and skipping the byte order mark. */
  static List<CSVRecord> csv(byte[] bytes) {
    assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
    try (Reader r =
            new InputStreamReader(
                new ByteArrayInputStream(bytes, 3, bytes.length - 3), StandardCharsets.UTF_8);
        CSVParser p = CsvExporter.FORMAT.parse(r)) {
      return p.getRecords();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Opened with POI. */
  static XSSFWorkbook xlsx(byte[] bytes) {
    try (InputStream in = new ByteArrayInputStream(bytes)) {
      return new XSSFWorkbook(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static byte[] run(List<String> command, byte[] input, String tool) {
    Process p;
    try {
      p = new ProcessBuilder(command).start();
    } catch (IOException e) {
      Assumptions.abort(tool + " is not installed: " + e.getMessage());
      return new byte[0];
    }
    try {
      var err = new ByteArrayOutputStream();
      var out = new ByteArrayOutputStream();
      Thread feeder =
          new Thread(
              () -> {
                try (var in = p.getOutputStream()) {
                  in.write(input);
                } catch (IOException e) {
                  // the tool stopped reading; its exit code tells
                }
              });
      feeder.start();
      Thread errs =
          new Thread(
              () -> {
                try {
                  p.getErrorStream().transferTo(err);
                } catch (IOException e) {
                  // ignored: only for the message
                }
              });
      errs.start();
      p.getInputStream().transferTo(out);
      if (!p.waitFor(120, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        fail(tool + " did not finish");
      }
      feeder.join();
      errs.join();
      assertThat(p.exitValue())
          .as(tool + " refused the file: " + err.toString(StandardCharsets.UTF_8))
          .isZero();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
