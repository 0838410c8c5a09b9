package se.processkarta.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * A page-like document is A4, tagged, and passes veraPDF as PDF/A-2a and as PDF/UA-1; its text,
 * hostile or Swedish, comes out as written and nothing in it is read as markup; a long document
 * runs onto more pages with the table's header repeated.
 */
class PrintPdfTest {

  static final String HOSTILE = "<script>alert(1)</script> & \"citat\" 'en' åäö ÅÄÖ";

  private static byte[] pdf;

  static PrintDocument document() {
    List<List<String>> rows = new ArrayList<>();
    for (int i = 1; i <= 60; i++) {
      rows.add(List.of("Deltagare " + i + " " + HOSTILE, "Enhet " + i, i + " %"));
    }
    return new PrintDocument(
        "Uppdragshandling: " + HOSTILE,
        "Uppdragshandling",
        List.of(
            new PrintDocument.Fact("Uppdragstyp", "Projekt"),
            new PrintDocument.Fact("Period", "2026-02-02 – 2026-06-30")),
        List.of(
            new PrintDocument.Text(
                "Bakgrund",
                "Första stycket " + HOSTILE + ".\nEn ny rad i samma stycke.\n\nAndra stycket."),
            new PrintDocument.Table(
                "Deltagare", "Deltagarna", List.of("Namn", "Enhet", "Andel"), rows)),
        "Skapad i Processkarta");
  }

  @BeforeAll
  static void render() {
    pdf = PrintPdf.pdf(document());
  }

  @Test
  void itIsPdfA2aAndPdfUa1() throws Exception {
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_A)).isEmpty();
    assertThat(VeraPdf.failures(pdf, PDFAFlavour.PDFUA_1)).isEmpty();
  }

  @Test
  void itIsOnA4AndRunsOntoMorePages() throws Exception {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      assertThat(d.getNumberOfPages()).isGreaterThan(1);
      PDRectangle box = d.getPage(0).getMediaBox();
      assertThat(box.getWidth())
          .isCloseTo(PDRectangle.A4.getWidth(), org.assertj.core.data.Offset.offset(1f));
      assertThat(box.getHeight())
          .isCloseTo(PDRectangle.A4.getHeight(), org.assertj.core.data.Offset.offset(1f));
      assertThat(d.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
      assertThat(d.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
      assertThat(d.getDocumentCatalog().getLanguage()).isEqualTo("sv");
      assertThat(d.getDocumentInformation().getTitle()).isEqualTo("Uppdragshandling: " + HOSTILE);
    }
  }

  @Test
  void theTextComesOutAsWrittenAndInert() throws Exception {
    try (PDDocument d = Loader.loadPDF(pdf)) {
      // Lines wrap where the page ends them: compare with the white space made single spaces.
      String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
      assertThat(text)
          .contains("Uppdragshandling: " + HOSTILE)
          .contains("Första stycket " + HOSTILE)
          .contains("Deltagare 60 " + HOSTILE)
          .contains("Sida 1 av " + d.getNumberOfPages());
      // The header row is repeated on the next page.
      assertThat(text.split("Namn Enhet Andel", -1).length - 1).isEqualTo(d.getNumberOfPages());
    }
    String raw = new String(pdf, StandardCharsets.ISO_8859_1);
    assertThat(raw).doesNotContain("/JavaScript").doesNotContain("/JS ").doesNotContain("/URI");
  }
}
