package se.processkarta.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mxgraph.model.mxCell;
import com.mxgraph.model.mxGraphModel;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.jgrapht.Graph;
import org.jgrapht.graph.DefaultEdge;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Level;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.NotFoundException;
import se.processkarta.render.StandardSet;
import se.processkarta.seed.SeedSnapshots;

/**
 * Every format on the model-seed: against its golden file under src/test/resources/golden/export/
 * ({@code -Dgolden.update=true} rewrites them), and read back by the tool's own library.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExportFormatsTest {

  static final Path GOLDEN = Path.of("src/test/resources/golden/export");
  static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private final ModelSnapshot seed = seed();
  private final Exports exports = Exports.standard();

  static ModelSnapshot seed() {
    return SeedSnapshots.read(
            StandardSet.SEED_DIRS.stream().map(Path::of).toList(), StandardSet.SEED_DATE)
        .withVersion("golden");
  }

  /** The golden files show Utbildning (3.5); BPMN shows the processes of 3.5.2. */
  static ExportScope goldenScope(String format) {
    return ExportScope.under(Code.parse(format.equals("bpmn") ? "3.5.2" : "3.5"));
  }

  static List<String> formats() {
    return Exports.standard().formats();
  }

  byte[] export(String format, ExportScope scope) {
    return Exports.bytes(exports.get(format), seed, scope);
  }

  @ParameterizedTest
  @MethodSource("formats")
  void eachFormatMatchesItsGoldenFile(String format) throws IOException {
    ExportScope scope = goldenScope(format);
    byte[] bytes = export(format, scope);
    String name = Exports.fileName(exports.get(format), scope);
    if (format.equals("xlsx")) {
      assertSameAsFile(dump(Consumers.xlsx(bytes)), GOLDEN.resolve(name + ".txt"));
    } else {
      assertSameAsFile(new String(bytes, StandardCharsets.UTF_8), GOLDEN.resolve(name));
    }
  }

  @ParameterizedTest
  @MethodSource("formats")
  void theSameModelGivesTheSameBytes(String format) {
    assertThat(export(format, ExportScope.all()))
        .isEqualTo(Exports.bytes(exports.get(format), seed(), ExportScope.all()));
  }

  @Test
  void drawioOpensInJGraphXWithATreeAndAMapPageAndShapeData() {
    List<mxGraphModel> pages = Consumers.drawio(export("drawio", ExportScope.all()));
    assertThat(pages).hasSize(2);
    long elements = seed.elements().size();
    mxGraphModel tree = pages.get(0);
    long vertices = tree.getCells().values().stream().filter(c -> ((mxCell) c).isVertex()).count();
    long edges = tree.getCells().values().stream().filter(c -> ((mxCell) c).isEdge()).count();
    assertThat(vertices).isEqualTo(elements);
    assertThat(edges).isEqualTo(elements - 3);
    mxCell utbildning = (mxCell) tree.getCell("t-3.5");
    org.w3c.dom.Element data = (org.w3c.dom.Element) utbildning.getValue();
    assertThat(data.getAttribute("code")).isEqualTo("3.5");
    assertThat(data.getAttribute("level")).isEqualTo("2");
    assertThat(data.getAttribute("link")).isEqualTo("/processer/3.5");
    assertThat(data.getAttribute("owner")).isEqualTo("Anna Lind [anna-lind]");
    assertThat(utbildning.getStyle()).contains("fillColor=#2a628f");
    mxGraphModel map = pages.get(1);
    mxCell band = (mxCell) map.getCell("m-3");
    assertThat(band.getStyle()).startsWith("swimlane").contains("fillColor=#2e6b34");
    assertThat(((mxCell) map.getCell("m-3.5")).getParent()).isSameAs(band);
    assertThat(((mxCell) map.getCell("m-3.5.2")).getParent()).isSameAs(map.getCell("m-3.5"));
  }

  @Test
  void archimateValidatesAgainstTheExchangeSchemaWithProcessesActorsRolesAndAView() {
    byte[] bytes = export("archimate", ExportScope.all());
    Consumers.archimate(bytes);
    Document doc = Consumers.xml(bytes);
    String xsi = "http://www.w3.org/2001/XMLSchema-instance";
    var elements = doc.getElementsByTagNameNS(ArchimateExporter.NS, "element");
    int processes = 0;
    int actors = 0;
    int roles = 0;
    for (int i = 0; i < elements.getLength(); i++) {
      String type = ((org.w3c.dom.Element) elements.item(i)).getAttributeNS(xsi, "type");
      processes += type.equals("BusinessProcess") ? 1 : 0;
      actors += type.equals("BusinessActor") ? 1 : 0;
      roles += type.equals("BusinessRole") ? 1 : 0;
    }
    assertThat(processes).isEqualTo(seed.elements().size());
    assertThat(actors).isGreaterThan(5);
    assertThat(roles).isGreaterThan(actors);
    assertThat(doc.getElementsByTagNameNS(ArchimateExporter.NS, "view").getLength()).isEqualTo(1);
    assertThat(doc.getElementsByTagNameNS(ArchimateExporter.NS, "node").getLength())
        .isGreaterThan(100);
    Consumers.archimate(export("archimate", goldenScope("archimate")));
  }

  @Test
  void bpmnParsesAndValidatesWithCamundaWithTasksInCodeOrderLanesAndDi() {
    BpmnModelInstance model =
        Consumers.bpmn(export("bpmn", ExportScope.under(Code.parse("3.5.2.1"))));
    List<String> tasks =
        model.getModelElementsByType(Task.class).stream().map(Task::getName).toList();
    List<String> activities =
        seed.elements().stream()
            .filter(
                e -> e.level() == Level.ACTIVITY && Code.parse("3.5.2.1").isAncestorOf(e.code()))
            .map(Element::name)
            .toList();
    assertThat(tasks).containsExactlyElementsOf(activities).isNotEmpty();
    assertThat(model.getModelElementsByType(SequenceFlow.class)).hasSize(activities.size() + 1);
    assertThat(model.getModelElementsByType(Lane.class)).isNotEmpty();
    assertThat(model.getModelElementsByType(BpmnShape.class))
        .hasSizeGreaterThanOrEqualTo(activities.size() + 2);
    Consumers.bpmn(export("bpmn", ExportScope.all()));
  }

  @Test
  void bpmnOfAnActivityIsItsProcessAndOfAGroupWithoutProcessesIsRefused() {
    assertThat(export("bpmn", ExportScope.under(Code.parse("3.5.2.1.1"))))
        .isEqualTo(export("bpmn", ExportScope.under(Code.parse("3.5.2.1"))));
    Code empty =
        seed.elements().stream()
            .filter(e -> e.level() == Level.PROCESS_GROUP)
            .map(Element::code)
            .filter(c -> seed.elements().stream().noneMatch(e -> c.isAncestorOf(e.code())))
            .findFirst()
            .orElseThrow();
    assertThatThrownBy(() -> export("bpmn", ExportScope.under(empty)))
        .isInstanceOf(InvalidInputException.class);
  }

  @Test
  void graphmlReadsBackEveryNodeAndEdgeWithJGraphT() {
    Graph<String, DefaultEdge> g = Consumers.graphml(export("graphml", ExportScope.all()));
    assertThat(g.vertexSet()).hasSize(seed.elements().size()).contains("e-3.5.2.1");
    long flows = 0;
    for (Element p : seed.elements()) {
      if (p.level() == Level.PROCESS) {
        long n =
            seed.elements().stream()
                .filter(e -> e.level() == Level.ACTIVITY && p.code().isAncestorOf(e.code()))
                .count();
        flows += Math.max(0, n - 1);
      }
    }
    assertThat(g.edgeSet()).hasSize((int) flows);
    assertThat(flows).isPositive();
  }

  @Test
  void dotRendersWithGraphviz() {
    String svg =
        new String(Consumers.dot(export("dot", ExportScope.all())), StandardCharsets.UTF_8);
    assertThat(svg).contains("<svg").contains("Utbildning");
  }

  @Test
  void mermaidIsAcceptedByMermaidsOwnParser() {
    Consumers.mermaid(export("mermaid", goldenScope("mermaid")), false);
    Consumers.mermaid(export("mermaid", ExportScope.all()), true);
  }

  @Test
  void plantumlRendersWithThePlantumlLibrary() {
    String svg = Consumers.plantuml(export("plantuml", ExportScope.all()));
    assertThat(svg).contains("<svg").contains("Utbildning");
  }

  @Test
  void csvHasTheColumnsInOrderAndOneRowPerElement() {
    List<CSVRecord> rows = Consumers.csv(export("csv", ExportScope.all()));
    assertThat(rows.get(0).toList()).containsExactlyElementsOf(Table.COLUMNS);
    assertThat(rows).hasSize(seed.elements().size() + 1);
    CSVRecord utbildning =
        rows.stream().filter(r -> r.get(0).equals("3.5")).findFirst().orElseThrow();
    assertThat(utbildning.get(1)).isEqualTo("2");
    assertThat(utbildning.get(2)).isEqualTo("Utbildning");
    assertThat(utbildning.get(7)).isEqualTo("Anna Lind [anna-lind]");
    assertThat(rows.stream().anyMatch(r -> r.get(9).contains("]; "))).isTrue();
  }

  @Test
  void xlsxHasABoldHeaderFrozenPanesAFilterAndWidths() throws IOException {
    try (XSSFWorkbook wb = Consumers.xlsx(export("xlsx", ExportScope.all()))) {
      XSSFSheet sheet = wb.getSheetAt(0);
      assertThat(wb.getNumberOfSheets()).isEqualTo(1);
      assertThat(sheet.getLastRowNum()).isEqualTo(seed.elements().size());
      Row head = sheet.getRow(0);
      for (int c = 0; c < Table.COLUMNS.size(); c++) {
        assertThat(head.getCell(c).getStringCellValue()).isEqualTo(Table.COLUMNS.get(c));
        assertThat(wb.getFontAt(head.getCell(c).getCellStyle().getFontIndex()).getBold()).isTrue();
        assertThat(sheet.getColumnWidth(c)).isGreaterThan(256 * 5);
      }
      assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
      assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
      assertThat(sheet.getCTWorksheet().getAutoFilter().getRef())
          .isEqualTo("A1:J" + (seed.elements().size() + 1));
    }
  }

  @Test
  void depthLimitsTheLevelsAndAnUnknownRootOrFormatIsNotFound() {
    List<CSVRecord> rows =
        Consumers.csv(export("csv", new ExportScope(Optional.of(Code.parse("3.5")), 2)));
    assertThat(rows.stream().skip(1).map(r -> r.get(1)).distinct()).containsExactly("2", "3");
    assertThatThrownBy(() -> export("csv", ExportScope.under(Code.parse("9.9"))))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> exports.get("visio"))
        .isInstanceOf(NotFoundException.class)
        .hasMessageContaining("visio");
    assertThatThrownBy(() -> new ExportScope(Optional.empty(), 6))
        .isInstanceOf(InvalidInputException.class);
  }

  /** The workbook as text: what the golden file of a binary format compares. */
  static String dump(XSSFWorkbook wb) throws IOException {
    StringBuilder b = new StringBuilder();
    try (wb) {
      XSSFSheet sheet = wb.getSheetAt(0);
      b.append("sheet: ").append(sheet.getSheetName()).append('\n');
      b.append("frozen rows: ").append(sheet.getPaneInformation().getHorizontalSplitTopRow());
      b.append("\nauto-filter: ").append(sheet.getCTWorksheet().getAutoFilter().getRef());
      b.append("\nwidths:");
      for (int c = 0; c < Table.COLUMNS.size(); c++) {
        b.append(' ').append(sheet.getColumnWidth(c) / 256);
      }
      b.append('\n');
      for (Row row : sheet) {
        b.append(row.getRowNum() + 1).append(':');
        for (Cell cell : row) {
          b.append(" [").append(cell.getAddress().formatAsString());
          if (wb.getFontAt(cell.getCellStyle().getFontIndex()).getBold()) {
            b.append(" bold");
          }
          if (cell.getCellStyle().getQuotePrefixed()) {
            b.append(" quoted");
          }
          b.append("] ").append(cell.getStringCellValue().replace("\n", "\\n"));
        }
        b.append('\n');
      }
    }
    return b.toString();
  }

  static void assertSameAsFile(String actual, Path file) throws IOException {
    if (UPDATE) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("golden file (regenerate with -Dgolden.update=true)").exists();
    assertThat(actual).isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
  }
}
