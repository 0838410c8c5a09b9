package se.processkarta.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text exists in Swedish and English, and every key the code uses has a text. */
class MessageBundleTest {

  private static final Pattern KEY_USE =
      Pattern.compile(
          "(?:Exception|Messages\\.format|text)\\(\\s*(?:[a-zA-Z.]+,\\s*)?\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

  private static Set<String> keys(String bundle, Locale locale) {
    ResourceBundle b = Messages.bundle(bundle, locale);
    return b == null ? Set.of() : new TreeSet<>(Collections.list(b.getKeys()));
  }

  @Test
  void swedishAndEnglishBundlesHaveTheSameKeys() {
    for (String bundle : Messages.BUNDLES) {
      Set<String> sv = keys(bundle, Messages.SWEDISH);
      Set<String> en = keys(bundle, Locale.ENGLISH);
      assertThat(en).as("English keys of %s", bundle).isEqualTo(sv);
    }
  }

  @Test
  void everyKeyUsedInTheCodeHasASwedishText() throws IOException {
    Set<String> all = new TreeSet<>();
    for (String bundle : Messages.BUNDLES) {
      all.addAll(keys(bundle, Messages.SWEDISH));
    }
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        Matcher m = KEY_USE.matcher(Files.readString(f));
        while (m.find()) {
          used.add(m.group(1));
        }
      }
    }
    assertThat(used).as("keys found in the code").hasSizeGreaterThan(30);
    assertThat(all).containsAll(used);
  }

  @Test
  void englishIsAnsweredWhenAskedForAndSwedishOtherwise() {
    assertThat(Messages.format(Locale.ENGLISH, "element.notFound", java.util.List.of("9")))
        .isEqualTo("There is no element with the code 9.");
    assertThat(Messages.format(Locale.GERMAN, "element.notFound", java.util.List.of("9")))
        .isEqualTo("Det finns inget element med koden 9.");
  }
}
