package se.processkarta.render;

import java.util.Arrays;
import se.processkarta.model.Messages;

/** The drawings' Swedish texts, from the {@code i18n/render} bundle. */
final class Texts {

  private Texts() {}

  static String t(String key, Object... args) {
    return Messages.format(
        Messages.SWEDISH, key, Arrays.stream(args).map(String::valueOf).toList());
  }
}
