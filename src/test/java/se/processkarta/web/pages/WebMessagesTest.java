package se.processkarta.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.context.MessageSource.MessageContext;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Texts with arguments, resolved as micronaut-views-thymeleaf's resolver resolves them. */
class WebMessagesTest {

  private final WebMessages messages = new WebMessages();

  /** What {@code MessageSourceMessageResolver} does: get the message, then interpolate it. */
  private String resolve(String key, Object... args) {
    Map<String, Object> vars = new java.util.HashMap<>();
    for (int i = 0; i < args.length; i++) {
      vars.put(String.valueOf(i), args[i]);
    }
    MessageContext context = MessageContext.of(Locale.forLanguageTag("sv"), vars);
    return messages
        .getMessage(key, context)
        .map(m -> messages.interpolate(m, context))
        .orElseThrow();
  }

  @Test
  void userTextInAnArgumentKeepsItsApostrophesAndQuotes() {
    String title = "Barnens 'trygga' skolväg & <script> \"x\" {0}";
    assertThat(resolve("web.change.pageTitle", 7, title)).isEqualTo("Ändring 7: " + title);
    assertThat(resolve("web.account.signedInAs", "O'Brien")).isEqualTo("Inloggad som O'Brien");
  }

  @Test
  void anApostropheInTheTextItselfStays() {
    Map<String, Object> none = new java.util.HashMap<>();
    MessageContext en = MessageContext.of(Locale.ENGLISH, none);
    assertThat(
            messages
                .getMessage("web.asOf.backToToday", en)
                .map(m -> messages.interpolate(m, en))
                .orElseThrow())
        .isEqualTo("Back to today's model");
  }
}
