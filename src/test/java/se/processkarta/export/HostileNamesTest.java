package se.processkarta.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.mxgraph.model.mxCell;
import com.mxgraph.model.mxGraphModel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.Task;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.Period;
import se.processkarta.model.Person;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;

/**
 * Names with markup, quotes, separators, line breaks, formulas and åäö: every format keeps them
 * intact as text (its own reader gives them back) and none of them runs as markup or a formula.
 */
class HostileNamesTest {

  static final String SCRIPT = "<script>alert(\"x\")</script> & 'q'; åäö";
  static final String LINES = "Rad ett\nRad två & \"citat\"; <b>fet</b>";
  static final String CRLF = "Windows\r\nrad; ]]> -- %% #35; `kod`";
  // Names are one line (the model refuses a line break in a name); descriptions keep theirs.
  static final String LINES_NAME = LINES.replace('\n', ' ');
  static final String CRLF_NAME = CRLF.replace("\r\n", " ");
  static final String CLICK = "click e1 href \"javascript:alert(1)\"";
  static final String FORMULA = "=HYPERLINK(\"http://evil.example\",\"klick\")";
  static final String EVE = "Eve \"Mallory\" <eve@example.org>; Ö & co";

  private final Exports exports = Exports.standard();

  static ModelSnapshot hostile() {
    LocalDate day = LocalDate.of(2026, 11, 22);
    List<Element> elements = new ArrayList<>();
    elements.add(new Element(Code.parse("1"), SCRIPT, LINES, "+1", "@SUM(A1)", null));
    elements.add(new Element(Code.parse("1.1"), LINES_NAME, FORMULA, "-2", null, null));
    elements.add(
        new Element(Code.parse("1.1.1"), CRLF_NAME, null, null, null, ElementStatus.DRAFT));
    elements.add(new Element(Code.parse("1.1.1.1"), FORMULA, SCRIPT, null, null, null));
    elements.add(new Element(Code.parse("1.1.1.1.1"), CLICK, CRLF, null, null, null));
    elements.add(new Element(Code.parse("1.1.1.1.2"), SCRIPT, null, null, null, null));
    List<Person> people =
        List.of(
            new Person("eve", EVE, null, null, null),
            new Person("asa", "Åsa Öberg", null, null, null));
    Period always = new Period(LocalDate.of(2020, 1, 1), null);
    List<RoleAssignment> roles =
        List.of(
            new RoleAssignment(
                RoleKind.OWNER, Code.parse("1.1.1.1"), "eve", always, null, null, null),
            new RoleAssignment(
                RoleKind.LEAD, Code.parse("1.1.1.1.2"), "asa", always, null, null, null),
            new RoleAssignment(
                RoleKind.TEAM_MEMBER,
                Code.parse("1.1"),
                "eve",
                always,
                "<b>kompetens</b>",
                null,
                null),
            new RoleAssignment(
                RoleKind.TEAM_MEMBER, Code.parse("1.1"), "asa", always, "HR", null, null));
    return new ModelSnapshot("1", day, elements, people, roles, List.of(), List.of());
  }

  private byte[] export(String format) {
    return Exports.bytes(exports.get(format), hostile(), ExportScope.all());
  }

  private static String title(String code, String name) {
    return code + " " + name;
  }

  @Test
  void drawioKeepsLabelsAndMetadataAsText() {
    List<mxGraphModel> pages = Consumers.drawio(export("drawio"));
    mxCell top = (mxCell) pages.get(0).getCell("t-1");
    org.w3c.dom.Element data = (org.w3c.dom.Element) top.getValue();
    assertThat(data.getAttribute("label")).isEqualTo(title("1", SCRIPT));
    assertThat(data.getAttribute("tooltip")).isEqualTo(LINES);
    assertThat(top.getStyle()).contains("html=0");
    org.w3c.dom.Element crlf =
        (org.w3c.dom.Element) ((mxCell) pages.get(0).getCell("t-1.1.1")).getValue();
    assertThat(crlf.getAttribute("label")).isEqualTo(title("1.1.1", CRLF_NAME));
    org.w3c.dom.Element process =
        (org.w3c.dom.Element) ((mxCell) pages.get(0).getCell("t-1.1.1.1")).getValue();
    assertThat(process.getAttribute("owner")).isEqualTo(EVE + " [eve]");
  }

  @Test
  void archimateValidatesAndKeepsNames() {
    byte[] bytes = export("archimate");
    Consumers.archimate(bytes);
    Document doc = Consumers.xml(bytes);
    List<String> names = texts(doc.getElementsByTagNameNS(ArchimateExporter.NS, "name"));
    assertThat(names).contains(SCRIPT, LINES_NAME, CRLF_NAME, CLICK, FORMULA, EVE);
  }

  @Test
  void bpmnValidatesAndKeepsTaskNames() {
    BpmnModelInstance model = Consumers.bpmn(export("bpmn"));
    assertThat(model.getModelElementsByType(Task.class).stream().map(Task::getName))
        .containsExactly(CLICK, SCRIPT);
  }

  @Test
  void graphmlReadsBackAndKeepsNames() {
    byte[] bytes = export("graphml");
    assertThat(Consumers.graphml(bytes).vertexSet()).hasSize(6);
    assertThat(texts(Consumers.xml(bytes).getElementsByTagNameNS(GraphmlExporter.NS, "data")))
        .contains(SCRIPT, LINES_NAME, CRLF_NAME, EVE + " [eve]");
  }

  @Test
  void dotRendersNamesAsTextWithoutMarkup() throws Exception {
    Document svg = lenientXml(Consumers.dot(export("dot")));
    assertThat(svg.getElementsByTagName("script").getLength()).isZero();
    assertThat(svg.getElementsByTagName("b").getLength()).isZero();
    String text = svg.getDocumentElement().getTextContent();
    assertThat(text).contains("<script>alert(\"x\")</script> & 'q'; åäö").contains("Rad två");
  }

  @Test
  void mermaidParsesAndHoldsNoRawMarkup() {
    byte[] bytes = export("mermaid");
    Consumers.mermaid(bytes, false);
    String text = new String(bytes, StandardCharsets.UTF_8);
    assertThat(text)
        .doesNotContain("<script")
        .doesNotContain("<b>")
        .doesNotContain("javascript:alert(1)\"\n");
    assertThat(text.lines().filter(l -> l.startsWith("  click "))).hasSize(6);
  }

  @Test
  void plantumlRendersNamesAsText() {
    // Not parsed as XML: PlantUML's own SVG writer leaves "]]>" in text unescaped.
    String svg = Consumers.plantuml(export("plantuml"));
    assertThat(svg).doesNotContain("<script").doesNotContain("<b>");
    assertThat(svg.replace("\u00a0", " ").replace("&#160;", " "))
        .contains("&lt;script>alert(\"x\")&lt;/script> &amp; 'q'; åäö")
        .doesNotContain("&lt;/color>")
        .contains("åäö")
        .contains("Rad två");
  }

  @Test
  void csvKeepsEveryValueAndMakesFormulasInert() {
    List<CSVRecord> rows = Consumers.csv(export("csv"));
    assertThat(rows).hasSize(7);
    CSVRecord top = rows.get(1);
    assertThat(top.get(2)).isEqualTo(SCRIPT);
    assertThat(top.get(3)).isEqualTo(LINES);
    assertThat(top.get(4)).isEqualTo("'+1");
    assertThat(top.get(5)).isEqualTo("'@SUM(A1)");
    assertThat(rows.get(2).get(3)).isEqualTo("'" + FORMULA);
    assertThat(rows.get(2).get(4)).isEqualTo("'-2");
    assertThat(rows.get(2).get(9)).isEqualTo("Åsa Öberg [asa]; " + EVE + " [eve]");
    assertThat(rows.get(3).get(2)).isEqualTo(CRLF_NAME);
    assertThat(rows.get(5).get(3)).isEqualTo(CRLF);
    assertThat(rows.get(3).get(6)).isEqualTo("DRAFT");
    assertThat(rows.get(4).get(2)).isEqualTo("'" + FORMULA);
    assertThat(rows.get(4).get(7)).isEqualTo(EVE + " [eve]");
    assertThat(Table.inert("'=x")).isEqualTo("''=x");
    assertThat(Table.inert("a=b")).isEqualTo("a=b");
  }

  @Test
  void xlsxKeepsEveryValueAsTextAndQuotesFormulaLikeCells() throws IOException {
    try (XSSFWorkbook wb = Consumers.xlsx(export("xlsx"))) {
      XSSFRow row = wb.getSheetAt(0).getRow(2);
      XSSFCell formula = row.getCell(3);
      assertThat(formula.getCellType()).isEqualTo(CellType.STRING);
      assertThat(formula.getStringCellValue()).isEqualTo(FORMULA);
      assertThat(formula.getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(row.getCell(2).getStringCellValue()).isEqualTo(LINES_NAME);
      assertThat(row.getCell(2).getCellStyle().getQuotePrefixed()).isFalse();
      assertThat(wb.getSheetAt(0).getRow(3).getCell(2).getStringCellValue()).isEqualTo(CRLF_NAME);
      assertThat(wb.getSheetAt(0).getRow(5).getCell(3).getStringCellValue()).isEqualTo(CRLF);
      for (var r : wb.getSheetAt(0)) {
        for (var c : r) {
          assertThat(c.getCellType()).isEqualTo(CellType.STRING);
        }
      }
    }
  }

  private static List<String> texts(NodeList nodes) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(nodes.item(i).getTextContent());
    }
    return out;
  }

  /** SVG from dot and PlantUML carries a DOCTYPE: parse it without fetching the DTD. */
  private static Document lenientXml(byte[] bytes) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new ByteArrayInputStream(bytes));
  }
}
