package se.processkarta.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
          "(?:Exception|Messages\\.format|text|Texts\\.t)\\(\\s*(?:[a-zA-Z.]+,\\s*)?\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"\\s*[,)]");

  /** {@code Texts.count("key", n)} reads {@code key.one} and {@code key.other}. */
  private static final Pattern COUNT_USE =
      Pattern.compile("Texts\\.count\\(\\s*\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)+)\"");

  /** A key built from a prefix: {@code Texts.t("render.level." + n)}. */
  private static final Pattern PREFIX_USE =
      Pattern.compile(
          "(?:Exception|Messages\\.format|text|Texts\\.t)\\(\\s*(?:[a-zA-Z.]+,\\s*)?\"([a-z][A-Za-z0-9]*(?:\\.[A-Za-z0-9]+)*\\.)\"\\s*\\+");

  /**
   * What the built keys of the drawings stand for: the five Klassa levels and the three
   * verksamhetstyper; each must have a text.
   */
  private static final Map<String, List<String>> PREFIX_VALUES =
      Map.of(
          "render.level.", List.of("1", "2", "3", "4", "5"),
          "render.type.", List.of("1", "2", "3"),
          "render.status.", List.of("draft", "retired"));

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

  private static Set<String> ownKeys(String bundle, Locale locale) throws IOException {
    String file =
        bundle.replace('.', '/') + (locale.equals(Locale.ENGLISH) ? "_en" : "") + ".properties";
    java.util.Properties p = new java.util.Properties();
    try (var in = MessageBundleTest.class.getClassLoader().getResourceAsStream(file)) {
      if (in != null) {
        p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return p.stringPropertyNames();
  }

  /** Every key the code reads: literal keys, the two keys of each count, and built keys. */
  static Set<String> usedKeys() throws IOException {
    Set<String> used = new TreeSet<>();
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        String code = Files.readString(f);
        Matcher m = KEY_USE.matcher(code);
        while (m.find()) {
          used.add(m.group(1));
        }
        Matcher c = COUNT_USE.matcher(code);
        while (c.find()) {
          used.add(c.group(1) + ".one");
          used.add(c.group(1) + ".other");
        }
        Matcher p = PREFIX_USE.matcher(code);
        while (p.find()) {
          String prefix = p.group(1);
          List<String> values = PREFIX_VALUES.get(prefix);
          if (values != null) {
            values.forEach(v -> used.add(prefix + v));
          } else {
            used.add(prefix + "*");
          }
        }
      }
    }
    return used;
  }

  @Test
  void everyKeyUsedInTheCodeHasASwedishAndAnEnglishText() throws IOException {
    Set<String> used = usedKeys();
    assertThat(used).as("keys found in the code").hasSizeGreaterThan(30);
    assertThat(used)
        .as("keys read through Texts.t, Texts.count and built prefixes")
        .contains("render.legend", "render.roles.gaps.one", "render.level.5", "render.type.2");
    for (Locale locale : List.of(Messages.SWEDISH, Locale.ENGLISH)) {
      Set<String> all = new TreeSet<>();
      for (String bundle : Messages.BUNDLES) {
        // The file's own keys: a Swedish parent must not hide a missing English text.
        all.addAll(ownKeys(bundle, locale));
      }
      for (String key : used) {
        if (key.endsWith(".*")) {
          String prefix = key.substring(0, key.length() - 1);
          assertThat(all)
              .as("a %s text for the built key %s…", locale, prefix)
              .anyMatch(k -> k.startsWith(prefix));
        } else {
          assertThat(all).as("%s texts", locale).contains(key);
        }
      }
    }
  }

  @Test
  void englishIsAnsweredWhenAskedForAndSwedishOtherwise() {
    assertThat(Messages.format(Locale.ENGLISH, "element.notFound", java.util.List.of("9")))
        .isEqualTo("There is no element with the code 9.");
    assertThat(Messages.format(Locale.GERMAN, "element.notFound", java.util.List.of("9")))
        .isEqualTo("Det finns inget element med koden 9.");
  }
}
