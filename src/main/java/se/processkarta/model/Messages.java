package se.processkarta.model;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * User-facing texts: Swedish by default, English as the second language. Each feature keeps its
 * texts in its own bundle under {@code i18n/} ({@code messages}, {@code roles}, {@code render}), so
 * that features do not edit one shared file; a key is looked up in each bundle in turn.
 */
public final class Messages {

  public static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  /** The bundles, in lookup order. */
  public static final List<String> BUNDLES =
      List.of(
          "i18n.messages",
          "i18n.roles",
          "i18n.render",
          "i18n.changes",
          "i18n.imports",
          "i18n.assignments",
          "i18n.web");

  private static final ResourceBundle.Control NO_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  private Messages() {}

  /** English when the locale asks for it, otherwise Swedish. */
  public static Locale supported(Locale requested) {
    return requested != null && "en".equals(requested.getLanguage()) ? Locale.ENGLISH : SWEDISH;
  }

  public static String format(Locale locale, String key, List<String> arguments) {
    Object[] args =
        arguments.stream().map(a -> a == null ? null : terms(locale, a)).toArray(Object[]::new);
    return new MessageFormat(raw(locale, key), supported(locale)).format(args);
  }

  /** The text of {@code key} unformatted, or the key itself where no bundle has it. */
  private static String raw(Locale locale, String key) {
    for (String name : BUNDLES) {
      ResourceBundle bundle = bundle(name, locale);
      if (bundle != null && bundle.containsKey(key)) {
        return bundle.getString(key);
      }
    }
    return key;
  }

  private static final char TERM_START = '\uE000';
  private static final char TERM_END = '\uE001';
  private static final Pattern TERM = Pattern.compile(TERM_START + "([A-Za-z0-9_.]+)" + TERM_END);

  /**
   * A word of the model's vocabulary as a message argument: the message key of the word (an
   * organisation form, an assignment kind, a state), put in the text in the reader's language when
   * the message is formatted, so that no enum name ("WORKING_GROUP") reaches a reader. Marked with
   * two characters of Unicode's private use area, which no bundle, name or code holds.
   */
  public static String term(String key) {
    return TERM_START + key + TERM_END;
  }

  private static String terms(Locale locale, String argument) {
    if (argument.indexOf(TERM_START) < 0) {
      return argument;
    }
    Matcher m = TERM.matcher(argument);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(out, Matcher.quoteReplacement(raw(locale, m.group(1))));
    }
    m.appendTail(out);
    return out.toString();
  }

  public static String of(Locale locale, ProcesskartaException e) {
    return format(locale, e.messageKey(), e.arguments());
  }

  /**
   * One bundle for a locale: the base (Swedish) file unless English is asked for; null when the
   * feature has no such bundle.
   */
  public static ResourceBundle bundle(String name, Locale locale) {
    Locale l = supported(locale) == Locale.ENGLISH ? Locale.ENGLISH : Locale.ROOT;
    try {
      return ResourceBundle.getBundle(name, l, NO_FALLBACK);
    } catch (MissingResourceException e) {
      return null;
    }
  }
}
