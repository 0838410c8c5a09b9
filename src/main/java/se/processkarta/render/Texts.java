package se.processkarta.render;

import java.util.Arrays;
import se.processkarta.model.Messages;

/** The drawings' Swedish texts, from the {@code i18n/render} bundle. */
final class Texts {

  private Texts() {}

  /** A count with its noun in the singular or plural: {@code key.one} or {@code key.other}. */
  static String count(String key, long n) {
    return t(key + (n == 1 ? ".one" : ".other"), n);
  }

  static String t(String key, Object... args) {
    return Messages.format(
        Messages.SWEDISH, key, Arrays.stream(args).map(String::valueOf).toList());
  }
}
