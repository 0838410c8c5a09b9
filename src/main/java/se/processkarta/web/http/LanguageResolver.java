package se.processkarta.web.http;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.server.util.locale.CompositeHttpLocaleResolver;
import io.micronaut.http.server.util.locale.HttpLocaleResolver;
import jakarta.inject.Singleton;
import java.util.Locale;
import java.util.Optional;

/**
 * Micronaut's locale resolver (for the page templates and {@code Locale} arguments) is {@link
 * Language}, so that a page and a problem answer the same request in the same language.
 */
@Singleton
@Primary
@Replaces(CompositeHttpLocaleResolver.class)
public class LanguageResolver implements HttpLocaleResolver {

  @Override
  public Optional<Locale> resolve(HttpRequest<?> request) {
    return Optional.of(Language.of(request));
  }

  @Override
  public Locale resolveOrDefault(HttpRequest<?> request) {
    return Language.of(request);
  }
}
