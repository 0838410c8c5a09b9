package se.processkarta.web.pages;

import io.micronaut.context.AbstractMessageSource;
import io.micronaut.core.annotation.NonNull;
import jakarta.inject.Singleton;
import java.util.Optional;
import java.util.ResourceBundle;
import se.processkarta.model.Messages;

/**
 * The pages' texts for Thymeleaf's {@code #{…}}: the bundle {@code i18n/web}, Swedish (the base
 * file) unless English is asked for. Lookup goes through {@link Messages#bundle}, so a Swedish page
 * never falls back to the JVM's default locale.
 */
@Singleton
final class WebMessages extends AbstractMessageSource {

  static final String BUNDLE = "i18n.web";

  @Override
  public @NonNull Optional<String> getRawMessage(
      @NonNull String code, @NonNull MessageContext context) {
    ResourceBundle b = Messages.bundle(BUNDLE, context.getLocale());
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

  /** A text for Java code (page titles, status names) in the page's language. */
  String text(java.util.Locale locale, String code) {
    return getRawMessage(code, MessageContext.of(locale)).orElse(code);
  }
}
