package se.processkarta.imports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.processkarta.export.Table;
import se.processkarta.model.Code;

/** The readers alone: encodings, the inert apostrophe, XML without DTDs, BPMN flow order. */
class ReadersTest {

  @Test
  void theInertApostropheIsRemovedExactlyOnce() {
    for (String s :
        List.of("=SUM(A1)", "'=x", "''+1", "-minus", "@a", "plain", "'plain", "", "'", "=")) {
      assertThat(Table.literal(Table.inert(s))).as(s).isEqualTo(s);
    }
  }

  @Test
  void latin1IsRefusedWithItsLine() {
    byte[] b = "kod;nivå\r\nrad två\r\nmå\r\n".getBytes(StandardCharsets.ISO_8859_1);
    ImportRejectedException e =
        assertThrows(ImportRejectedException.class, () -> CsvReader.decode(b));
    assertThat(e.problems().get(0).messageKey()).isEqualTo("import.encoding.notUtf8");
    assertThat(e.problems().get(0).arguments()).containsExactly("1");
    assertThat(e.kind()).isEqualTo(ImportRejectedException.Kind.UNREADABLE);
  }

  @Test
  void utf16WithAndWithoutByteOrderMarkIsRefused() {
    for (var cs : List.of(StandardCharsets.UTF_16, StandardCharsets.UTF_16LE)) {
      byte[] b = "kod;nivå".getBytes(cs);
      ImportRejectedException e =
          assertThrows(ImportRejectedException.class, () -> CsvReader.decode(b));
      assertThat(e.problems().get(0).messageKey()).isEqualTo("import.encoding.utf16");
    }
  }

  @Test
  void aStrayNulIsNamedWithItsRowNotTakenForUtf16() {
    byte[] b = "kod;namn\n3.5.99;A\u0000B\n".getBytes(StandardCharsets.UTF_8);
    ImportRejectedException e =
        assertThrows(ImportRejectedException.class, () -> CsvReader.decode(b));
    assertThat(e.problems().get(0).messageKey()).isEqualTo("import.encoding.nul");
    assertThat(e.problems().get(0).arguments()).containsExactly("2");
  }

  @Test
  void xmlNestedDeeperThanAnyToolWritesIsRefusedAsSuch() {
    String deep =
        "<?xml version=\"1.0\"?><model xmlns=\"http://www.opengroup.org/xsd/archimate/3.0/\">"
            + "<a>".repeat(5000)
            + "</a>".repeat(5000)
            + "</model>";
    ImportRejectedException e =
        assertThrows(
            ImportRejectedException.class,
            () -> ArchimateReader.read(deep.getBytes(StandardCharsets.UTF_8), 10));
    assertThat(e.problems().get(0).messageKey()).isEqualTo("import.xml.tooDeep");
  }

  @Test
  void aDoctypeIsRefusedWithItsLine() {
    byte[] xml =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>\n<x>&e;</x>"
            .getBytes(StandardCharsets.UTF_8);
    ImportRejectedException e =
        assertThrows(ImportRejectedException.class, () -> ArchimateReader.read(xml, 10));
    assertThat(e.problems().get(0).messageKey()).isEqualTo("import.xml.doctype");
    assertThat(e.problems().get(0).where().line()).isEqualTo(2);
  }

  @Test
  void bpmnTasksComeInSequenceFlowOrderNotDocumentOrder() {
    String xml =
        """
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d">
          <process id="p">
            <task id="c" name="Tredje"/>
            <userTask id="a" name="Första"><documentation>Om första</documentation></userTask>
            <startEvent id="s"/>
            <exclusiveGateway id="g"/>
            <task id="b" name="Andra"/>
            <endEvent id="e"/>
            <sequenceFlow id="f1" sourceRef="s" targetRef="a"/>
            <sequenceFlow id="f2" sourceRef="a" targetRef="g"/>
            <sequenceFlow id="f3" sourceRef="g" targetRef="b"/>
            <sequenceFlow id="f4" sourceRef="b" targetRef="c"/>
            <sequenceFlow id="f5" sourceRef="c" targetRef="a"/>
            <sequenceFlow id="f6" sourceRef="c" targetRef="e"/>
          </process>
        </definitions>
        """;
    Imported in = BpmnReader.read(xml.getBytes(StandardCharsets.UTF_8), Code.parse("3.5.2.1"), 10);
    assertThat(in.rows())
        .extracting(r -> r.code() + " " + r.name() + " " + r.description())
        .containsExactly("3.5.2.1.1 Första Om första", "3.5.2.1.2 Andra ", "3.5.2.1.3 Tredje ");
  }

  @Test
  void aWorkbookIsReadBackRowByRowWithTextAsItWas() throws Exception {
    var model =
        se.processkarta.model.ModelSnapshot.ofElements(
            "1",
            java.time.LocalDate.of(2026, 1, 1),
            List.of(
                new se.processkarta.model.Element(
                    Code.parse("3"), "=Kärn; \"verksamhet\" <b>", "rad 1\nrad 2", null, null, null),
                new se.processkarta.model.Element(
                    Code.parse("3.10"), "Tio", null, "@syfte", null, null)));
    var out = new java.io.ByteArrayOutputStream();
    se.processkarta.export.Exports.standard()
        .get("xlsx")
        .write(model, se.processkarta.export.ExportScope.all(), out);
    long t0 = System.nanoTime();
    Imported in = XlsxReader.read(out.toByteArray(), 10);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertThat(in.rows())
        .extracting(
            r ->
                r.code()
                    + "|"
                    + r.level()
                    + "|"
                    + r.name()
                    + "|"
                    + r.description()
                    + "|"
                    + r.purpose())
        .containsExactly("3|1|=Kärn; \"verksamhet\" <b>|rad 1\nrad 2|", "3.10|2|Tio||@syfte");
    System.out.println("xlsx read in " + ms + " ms");
  }
}
