package se.processkarta.web.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import java.util.List;
import java.util.Locale;
import se.processkarta.model.Messages;

/** The one locale resolver: the language every answer, page or problem, is written in. */
public final class Language {

  private Language() {}

  /**
   * The language of the answer from {@code Accept-Language} (RFC 4647 priority list): the first
   * range with a weight above 0 that names Swedish or English decides; {@code *}, other languages,
   * a missing or malformed header give Swedish. (Micronaut's own locale maps {@code *} to the JVM's
   * default locale.)
   */
  public static Locale of(HttpRequest<?> request) {
    String header = request == null ? null : request.getHeaders().get(HttpHeaders.ACCEPT_LANGUAGE);
    if (header == null || header.isBlank()) {
      return Messages.SWEDISH;
    }
    List<Locale.LanguageRange> ranges;
    try {
      ranges = Locale.LanguageRange.parse(header);
    } catch (IllegalArgumentException e) {
      return Messages.SWEDISH;
    }
    for (Locale.LanguageRange r : ranges) {
      String range = r.getRange();
      if (r.getWeight() <= 0) {
        continue;
      }
      if (range.equals("sv") || range.startsWith("sv-") || range.equals("*")) {
        return Messages.SWEDISH;
      }
      if (range.equals("en") || range.startsWith("en-")) {
        return Locale.ENGLISH;
      }
    }
    return Messages.SWEDISH;
  }
}
