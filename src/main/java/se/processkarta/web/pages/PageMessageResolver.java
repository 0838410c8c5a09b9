package se.processkarta.web.pages;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.views.thymeleaf.MessageSourceMessageResolver;
import jakarta.inject.Singleton;

/**
 * Thymeleaf's {@code #{…}} from {@link WebMessages} directly. The resolver Micronaut provides asks
 * the composite of all message sources, whose {@code getMessage} interpolates, and then
 * interpolates again: the second pass read an apostrophe in an argument as a quote and dropped it
 * ("Ö'Brien" showed as "ÖBrien").
 */
@Singleton
@Replaces(MessageSourceMessageResolver.class)
final class PageMessageResolver extends MessageSourceMessageResolver {

  PageMessageResolver(WebMessages messages) {
    super(messages);
  }
}
