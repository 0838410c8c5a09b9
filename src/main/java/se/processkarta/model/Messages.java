package se.processkarta.model;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

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
    String pattern = key;
    for (String name : BUNDLES) {
      ResourceBundle bundle = bundle(name, locale);
      if (bundle != null && bundle.containsKey(key)) {
        pattern = bundle.getString(key);
        break;
      }
    }
    return new MessageFormat(pattern, supported(locale)).format(arguments.toArray());
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
