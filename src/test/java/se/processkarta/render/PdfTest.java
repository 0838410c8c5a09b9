package se.processkarta.render;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import se.processkarta.model.Code;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.ModelSnapshot;

/**
 * PDFs are PDF/A-2b by veraPDF's validator, embed the DejaVu Sans the layout was measured with, and
 * fit the paper asked for.
 */
class PdfTest {

  private static final DiagramRenderer R = new DiagramRenderer();
  private static final ModelSnapshot SEED = SvgChecks.seed("golden");

  @BeforeAll
  static void veraPdf() {
    VeraGreenfieldFoundryProvider.initialise();
  }

  /** The failed rules, empty when the PDF is PDF/A-2b. */
  static List<String> pdfA2bFailures(byte[] pdf) throws Exception {
    return VeraPdf.failures(pdf, PDFAFlavour.PDFA_2_B);
  }

  private static double[] mediaBox(byte[] pdf) {
    Matcher m =
        Pattern.compile("/MediaBox\\s*\\[\\s*([-0-9.]+)\\s+([-0-9.]+)\\s+([-0-9.]+)\\s+([-0-9.]+)")
            .matcher(new String(pdf, StandardCharsets.ISO_8859_1));
    assertThat(m.find()).as("a MediaBox").isTrue();
    return new double[] {
      Double.parseDouble(m.group(3)) - Double.parseDouble(m.group(1)),
      Double.parseDouble(m.group(4)) - Double.parseDouble(m.group(2))
    };
  }

  @Test
  void aMapIsPdfA2bWithTheDejaVuFontEmbeddedAsASubset() throws Exception {
    byte[] pdf = Transcoding.pdf(R.processMap(SEED, Optional.of(Code.parse("3.5.2"))));
    assertThat(pdfA2bFailures(pdf)).isEmpty();
    String raw = new String(pdf, StandardCharsets.ISO_8859_1);
    assertThat(raw).containsPattern("/BaseFont /[A-Z]{6}\\+DejaVuSans");
    assertThat(raw).contains("/FontFile2").doesNotContain("/Helvetica");
    // The map's links to element pages are left out whole: no link annotation, not even an empty
    // one (45 with an empty URI before).
    assertThat(raw).doesNotContain("/Annots").doesNotContain("/Link").doesNotContain("/URI");
  }

  @Test
  void everyKindOfDiagramAndHostileNamesArePdfA2b() throws Exception {
    ModelSnapshot synthetic = GeometryTest.synthetic();
    for (String svg :
        List.of(
            R.tree(SEED, Optional.of(Code.parse("3.5")), 3, DiagramRenderer.TreeColouring.LEVEL),
            R.roleMatrix(SEED, Optional.of(Code.parse("3.5"))),
            R.personCard(SEED, "anna-lind"),
            R.processMap(synthetic, Optional.of(Code.parse("3.1.2"))),
            R.personCard(synthetic, "p-2"))) {
      assertThat(pdfA2bFailures(Transcoding.pdf(svg))).isEmpty();
    }
  }

  @Test
  void onPaperThePageIsThePaperInTheOrientationAskedFor() throws Exception {
    String map = R.processMap(SEED, Optional.of(Code.parse("3")));
    byte[] a4 = Transcoding.pdf(map, Transcoding.Paper.parse("A4", "landscape"));
    assertThat(mediaBox(a4)[0]).isCloseTo(841.9, org.assertj.core.data.Offset.offset(1.0));
    assertThat(mediaBox(a4)[1]).isCloseTo(595.3, org.assertj.core.data.Offset.offset(1.0));
    assertThat(pdfA2bFailures(a4)).isEmpty();
    byte[] a3 = Transcoding.pdf(map, Transcoding.Paper.parse("a3", "portrait"));
    assertThat(mediaBox(a3)[0]).isCloseTo(841.9, org.assertj.core.data.Offset.offset(1.0));
    assertThat(mediaBox(a3)[1]).isCloseTo(1190.6, org.assertj.core.data.Offset.offset(1.0));
    String tall =
        R.tree(SEED, Optional.of(Code.parse("3.5")), 3, DiagramRenderer.TreeColouring.LEVEL);
    double[] auto = mediaBox(Transcoding.pdf(tall, Transcoding.Paper.parse("A4", null)));
    assertThat(auto[1]).as("a tall tree prints portrait").isGreaterThan(auto[0]);
  }

  @Test
  void onlyA4AndA3InPortraitOrLandscapeAreAccepted() {
    assertThat(Transcoding.Paper.parse(null, null)).isEmpty();
    assertThat(Transcoding.Paper.parse("A4", "Landscape").orElseThrow().key())
        .isEqualTo("A4-landscape");
    assertThatThrownBy(() -> Transcoding.Paper.parse("A5", null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Transcoding.Paper.parse("A4", "sideways"))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> Transcoding.Paper.parse(null, "portrait"))
        .isInstanceOf(InvalidInputException.class);
  }
}
