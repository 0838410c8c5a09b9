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
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.processkarta.model.Messages;

/**
 * Every text of the pages comes from the bundle {@code i18n/web}: a template that holds a word of
 * its own, or uses a key missing in Swedish or English, fails here.
 */
class TemplateTextTest {

  static final Path VIEWS = Path.of("src/main/resources/views");

  /** {@code #{web.key}} and {@code #{web.key(args)}}. */
  private static final Pattern KEY = Pattern.compile("#\\{([a-zA-Z][\\w.]*)[}(]");

  /** {@code #{'web.prefix.' + ${…}}}: some key under the prefix must exist. */
  private static final Pattern PREFIX = Pattern.compile("#\\{'([a-zA-Z][\\w.]*\\.)'\\s*\\+");

  /** Text between tags, after comments are removed. */
  private static final Pattern TEXT = Pattern.compile(">([^<]*)<");

  /** A user-visible attribute written as plain text rather than through {@code th:attr}. */
  private static final Pattern PLAIN_ATTRIBUTE =
      Pattern.compile("\\s(title|alt|placeholder|aria-label|label)=\"([^\"]*)\"");

  static List<Path> templates() throws IOException {
    try (Stream<Path> s = Files.walk(VIEWS)) {
      return s.filter(p -> p.toString().endsWith(".html")).sorted().toList();
    }
  }

  /** The bundles the pages read: the web's own, and the assignments' (issue 14). */
  static final List<String> BUNDLES = List.of(WebMessages.BUNDLE, WebMessages.ASSIGNMENTS);

  private static Set<String> keys(Locale locale) {
    Set<String> keys = new TreeSet<>();
    for (String bundle : BUNDLES) {
      ResourceBundle b = Messages.bundle(bundle, locale);
      assertThat(b).as("bundle %s for %s", bundle, locale).isNotNull();
      keys.addAll(Collections.list(b.getKeys()));
    }
    return keys;
  }

  /** Hard-coded words in a template's markup; what {@code th:text} fills in is not there. */
  static List<String> hardCodedTexts(String html) {
    String markup = html.replaceAll("(?s)<!--.*?-->", "").replaceAll("(?s)<!DOCTYPE[^>]*>", "");
    List<String> found = new ArrayList<>();
    Matcher t = TEXT.matcher(markup);
    while (t.find()) {
      String text = t.group(1).strip();
      if (text.codePoints().anyMatch(Character::isLetter)) {
        found.add(text);
      }
    }
    Matcher a = PLAIN_ATTRIBUTE.matcher(markup);
    while (a.find()) {
      if (a.group(2).codePoints().anyMatch(Character::isLetter)) {
        found.add(a.group(1) + "=\"" + a.group(2) + "\"");
      }
    }
    return found;
  }

  @Test
  void noTemplateHoldsTextOfItsOwn() throws IOException {
    List<Path> all = templates();
    assertThat(all).hasSizeGreaterThan(5);
    for (Path p : all) {
      String html = Files.readString(p, StandardCharsets.UTF_8);
      assertThat(hardCodedTexts(html)).as("hard-coded text in %s", p).isEmpty();
    }
  }

  @Test
  void theCheckFindsTextAndPlainAttributes() {
    assertThat(hardCodedTexts("<p>Hej</p>")).containsExactly("Hej");
    assertThat(hardCodedTexts("<img alt=\"Karta\" th:attr=\"alt=#{x}\">"))
        .containsExactly("alt=\"Karta\"");
    assertThat(hardCodedTexts("<p th:text=\"#{web.none}\"></p><!-- Hej -->")).isEmpty();
  }

  @Test
  void everyKeyATemplateUsesIsInSwedishAndEnglish() throws IOException {
    Set<String> sv = keys(Messages.SWEDISH);
    Set<String> en = keys(Locale.ENGLISH);
    assertThat(en).as("the same keys in both languages").isEqualTo(sv);
    Set<String> used = new TreeSet<>();
    Set<String> prefixes = new TreeSet<>();
    for (Path p : templates()) {
      String html = Files.readString(p, StandardCharsets.UTF_8);
      KEY.matcher(html).results().forEach(m -> used.add(m.group(1)));
      PREFIX.matcher(html).results().forEach(m -> prefixes.add(m.group(1)));
    }
    assertThat(used).hasSizeGreaterThan(50);
    assertThat(sv).as("keys used by the templates").containsAll(used);
    for (String prefix : prefixes) {
      assertThat(sv).as("keys under %s", prefix).anyMatch(k -> k.startsWith(prefix));
    }
  }

  @Test
  void everyListedOperationStateAndExportHasAText() {
    Set<String> sv = keys(Messages.SWEDISH);
    OperationForm.OPS.forEach(o -> assertThat(sv).contains("web.op." + o));
    BrowsePages.EXPORTS.forEach(f -> assertThat(sv).contains("web.export." + f));
    assertThat(sv).contains("web.export.bpmn");
    for (var s : se.processkarta.changes.ChangeState.values()) {
      assertThat(sv).contains("web.state." + s.name());
    }
    for (var s : se.processkarta.assignments.AssignmentState.values()) {
      assertThat(sv).contains("assignments.state." + s.name());
    }
    for (var k : se.processkarta.assignments.AssignmentKind.values()) {
      assertThat(sv).contains("assignments.kind." + k.name(), "assignments.kindHelp." + k.name());
    }
    for (var f : se.processkarta.assignments.OrganisationForm.values()) {
      assertThat(sv).contains("assignments.form." + f.name());
    }
    for (var i : se.processkarta.assignments.Investment.values()) {
      assertThat(sv).contains("assignments.investment." + i.name());
    }
    for (var f : se.processkarta.assignments.FollowUpKind.values()) {
      assertThat(sv).contains("assignments.followUp." + f.name());
    }
    for (String f : AssignmentPages.FIELDS) {
      if (!List.of("kind", "form", "stakeholders", "external", "predictable", "investment")
          .contains(f)) {
        assertThat(sv).as("a label for the form field %s", f).contains("assignments.field." + f);
      }
    }
    for (var s : se.processkarta.model.ElementStatus.values()) {
      assertThat(sv).contains("web.status." + s.name().toLowerCase(Locale.ROOT));
    }
  }
}
