package se.processkarta.web.pages;

import io.micronaut.context.AbstractMessageSource;
import io.micronaut.core.annotation.NonNull;
import jakarta.inject.Singleton;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.processkarta.model.Messages;

/**
 * The pages' texts for Thymeleaf's {@code #{…}}: the bundle {@code i18n/web} (and {@code
 * i18n/assignments} for the keys {@code assignments.*}), Swedish (the base file) unless English is
 * asked for. Lookup goes through {@link Messages#bundle}, so a Swedish page never falls back to the
 * JVM's default locale.
 */
@Singleton
final class WebMessages extends AbstractMessageSource {

  static final String BUNDLE = "i18n.web";

  /** The assignment pages' texts, whose keys start with {@code assignments.}. */
  static final String ASSIGNMENTS = "i18n.assignments";

  @Override
  public @NonNull Optional<String> getRawMessage(
      @NonNull String code, @NonNull MessageContext context) {
    ResourceBundle b =
        Messages.bundle(
            code.startsWith("assignments.") ? ASSIGNMENTS : BUNDLE, context.getLocale());
    return b != null && b.containsKey(code) ? Optional.of(b.getString(code)) : Optional.empty();
  }

  /**
   * The message uninterpolated: Thymeleaf's resolver interpolates what this returns, and a second
   * pass here would run the arguments (a change's title, a user's name) through the quote rules
   * again and drop their apostrophes.
   */
  @Override
  public @NonNull Optional<String> getMessage(
      @NonNull String code, @NonNull MessageContext context) {
    return getRawMessage(code, context);
  }

  /**
   * Fills each {@code {name}} with its argument and nothing else: an apostrophe, in the text ("Back
   * to today's model") or in an argument ("Ö'Berg"), is a character, not a quote.
   */
  @Override
  public @NonNull String interpolate(@NonNull String template, @NonNull MessageContext context) {
    Map<String, Object> vars = context.getVariables();
    Matcher m = PLACEHOLDER.matcher(template);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      Object value = vars.get(m.group(1));
      m.appendReplacement(
          out, Matcher.quoteReplacement(value == null ? m.group() : String.valueOf(value)));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z0-9_.]+)\\}");

  /** A text for Java code (page titles, status names) in the page's language. */
  String text(java.util.Locale locale, String code) {
    return getRawMessage(code, MessageContext.of(locale)).orElse(code);
  }

  /** The same with its arguments in {@code {0}}, {@code {1}} …, each taken as it is. */
  String text(java.util.Locale locale, String code, Object... args) {
    Map<String, Object> vars = new java.util.HashMap<>();
    for (int i = 0; i < args.length; i++) {
      vars.put(String.valueOf(i), args[i]);
    }
    return interpolate(text(locale, code), MessageContext.of(locale, vars));
  }
}
