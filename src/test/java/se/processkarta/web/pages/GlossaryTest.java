package se.processkarta.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.processkarta.model.Messages;

/**
 * The pages' Swedish follows the project's glossary ({@code docs/ordlista.md}): no text uses a word
 * the glossary says not to write, none shows a name from the code (an enum's {@code
 * WORKING_GROUP}), and the governance model's words are the ones used. {@link PagesIT} checks the
 * finished pages.
 */
class GlossaryTest {

  static final Path GLOSSARY = Path.of("docs/ordlista.md");

  /** Capitals that are words in Swedish text: file formats, standards, units. */
  static final Set<String> ACRONYMS =
      Set.of(
          "PDF",
          "SVG",
          "PNG",
          "CSV",
          "XLSX",
          "BPMN",
          "API",
          "ISO",
          "HTML",
          "JSON",
          "URL",
          "IT",
          "XML",
          "DOT",
          "UA",
          "OK",
          "ICS",
          "HR",
          "AB",
          "EU",
          "GDPR",
          "ID",
          "EA",
          "MB",
          "UTF",
          // Date formats (ÅÅÅÅ-MM-DD), and KS: kommunstyrelsen.
          "MM",
          "DD",
          "KS");

  /** A name from the code: capitals, with an underscore or longer than an acronym. */
  static final Pattern CODE_NAME =
      Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b|\\b[A-Z]{2,}\\b");

  /** The words the glossary's "Skriv inte" columns list, lower-cased. */
  static List<String> avoided() throws IOException {
    List<String> out = new ArrayList<>();
    for (String line : Files.readAllLines(GLOSSARY, StandardCharsets.UTF_8)) {
      String[] cells = line.split("\\|", -1);
      if (line.startsWith("| ") && cells.length == 5 && !cells[1].isBlank()) {
        String avoid = cells[3].strip();
        if (avoid.isEmpty() || avoid.equals("Skriv inte") || avoid.startsWith("---")) {
          continue;
        }
        for (String w : avoid.split(",")) {
          out.add(w.strip().toLowerCase(Locale.ROOT));
        }
      }
    }
    return out;
  }

  /** Every Swedish text of the pages, as "key=value". */
  static List<String> swedishTexts() {
    List<String> out = new ArrayList<>();
    for (String name : TemplateTextTest.BUNDLES) {
      ResourceBundle b = Messages.bundle(name, Messages.SWEDISH);
      for (String key : new TreeSet<>(Collections.list(b.getKeys()))) {
        out.add(key + "=" + b.getString(key));
      }
    }
    return out;
  }

  /** The words of {@code avoided} that {@code text} uses, as whole words. */
  static List<String> uses(String text, List<String> avoided) {
    List<String> found = new ArrayList<>();
    for (String w : avoided) {
      Matcher m =
          Pattern.compile(
                  "(?<![\\p{L}\\d])" + Pattern.quote(w) + "(?![\\p{L}\\d])",
                  Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
              .matcher(text);
      if (m.find()) {
        found.add(w);
      }
    }
    return found;
  }

  /** The names from the code in {@code text}, acronyms left out. */
  static List<String> codeNames(String text) {
    List<String> found = new ArrayList<>();
    Matcher m = CODE_NAME.matcher(text);
    while (m.find()) {
      if (!ACRONYMS.contains(m.group())) {
        found.add(m.group());
      }
    }
    return found;
  }

  @Test
  void theGlossaryListsWordsToAvoid() throws IOException {
    assertThat(avoided()).contains("element", "granskare", "läge", "nivå 5");
  }

  @Test
  void noSwedishTextUsesAWordTheGlossarySaysNotToWrite() throws IOException {
    List<String> avoided = avoided();
    List<String> bad = new ArrayList<>();
    for (String t : swedishTexts()) {
      String value = t.substring(t.indexOf('=') + 1);
      if (!uses(value, avoided).isEmpty()) {
        bad.add(t + "  <- " + uses(value, avoided));
      }
    }
    assertThat(bad).isEmpty();
  }

  @Test
  void noSwedishTextShowsANameFromTheCode() {
    List<String> bad = new ArrayList<>();
    for (String t : swedishTexts()) {
      String value = t.substring(t.indexOf('=') + 1);
      if (!codeNames(value).isEmpty()) {
        bad.add(t + "  <- " + codeNames(value));
      }
    }
    assertThat(bad).isEmpty();
  }

  @Test
  void theGovernanceModelsWordsAreTheOnesUsed() {
    String all = String.join("\n", swedishTexts()).toLowerCase(Locale.ROOT);
    assertThat(all)
        .contains(
            "process",
            "aktivitet",
            "processgrupp",
            "processägare",
            "processledare",
            "modellstödjare",
            "metodstödjare",
            "modellansvarig");
  }

  @Test
  void theChecksFindWhatTheyLookFor() throws IOException {
    assertThat(uses("Överordnat element", avoided())).contains("element");
    assertThat(uses("Elementen", avoided())).isEmpty();
    assertThat(uses("Läge", avoided())).contains("läge");
    assertThat(codeNames("talar för WORKING_GROUP")).containsExactly("WORKING_GROUP");
    assertThat(codeNames("uppdragstypen NETWORK")).containsExactly("NETWORK");
    assertThat(codeNames("Ladda ner PDF eller SVG")).isEmpty();
  }
}
