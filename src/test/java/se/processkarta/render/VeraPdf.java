package se.processkarta.render;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/** veraPDF, the PDF Association's validator, as every test of a PDF asks it. */
public final class VeraPdf {

  static {
    VeraGreenfieldFoundryProvider.initialise();
  }

  private VeraPdf() {}

  /**
   * The rules the PDF breaks under {@code flavour} (PDF/A-2b, PDF/A-2a, PDF/UA-1 …); empty if none.
   */
  public static List<String> failures(byte[] pdf, PDFAFlavour flavour) throws Exception {
    try (PDFAParser parser =
        Foundries.defaultInstance().createParser(new ByteArrayInputStream(pdf), flavour)) {
      ValidationResult result =
          Foundries.defaultInstance().createValidator(flavour, false).validate(parser);
      List<String> failures = new ArrayList<>();
      for (TestAssertion a : result.getTestAssertions()) {
        if (a.getStatus() == TestAssertion.Status.FAILED) {
          failures.add(
              a.getRuleId().getSpecification()
                  + " "
                  + a.getRuleId().getClause()
                  + "-"
                  + a.getRuleId().getTestNumber()
                  + " "
                  + a.getMessage());
        }
      }
      if (!result.isCompliant() && failures.isEmpty()) {
        failures.add("not compliant: " + result.getFailedChecks());
      }
      return failures;
    }
  }
}
