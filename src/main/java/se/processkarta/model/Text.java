package se.processkarta.model;

import java.text.Normalizer;

/**
 * Text hygiene at the domain boundary: every name, description and free text that a record takes
 * passes through here, so that no stored string can make a renderer, an XML writer or an exporter
 * fail. Text is NFC-normalised; C0 and C1 control characters (other than line breaks where a field
 * allows them), Unicode non-characters and unpaired surrogates are refused with a message that
 * names the field.
 */
public final class Text {

  private Text() {}

  /** A one-line text (names, identifiers, titles): no line breaks either. */
  public static String line(String value, String field) {
    return clean(value, field, false);
  }

  /** A multi-line text (descriptions, purposes): line breaks and tabs are kept. */
  public static String multiline(String value, String field) {
    return clean(value, field, true);
  }

  /**
   * The NFC form of {@code value} (null stays null), or an {@link InvalidInputException} naming
   * {@code field} and the position of the first character that is not allowed.
   */
  public static String clean(String value, String field, boolean lineBreaks) {
    if (value == null) {
      return null;
    }
    for (int i = 0; i < value.length(); ) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c)) {
        if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
          throw refused(field, i, c);
        }
        int cp = value.codePointAt(i);
        if (isNonCharacter(cp)) {
          throw refused(field, i, cp);
        }
        i += 2;
        continue;
      }
      if (Character.isLowSurrogate(c)) {
        throw refused(field, i, c);
      }
      boolean lineBreak = c == '\n' || c == '\r' || c == '\t';
      if ((isControl(c) && !(lineBreaks && lineBreak)) || isNonCharacter(c)) {
        throw refused(field, i, c);
      }
      i++;
    }
    return Normalizer.isNormalized(value, Normalizer.Form.NFC)
        ? value
        : Normalizer.normalize(value, Normalizer.Form.NFC);
  }

  /**
   * C0 (U+0000–U+001F), DEL and C1 (U+0080–U+009F); the line and paragraph separators; and the
   * bidirectional controls: the embeddings and overrides U+202A–U+202E, the isolates U+2066–U+2069
   * and the marks U+200E, U+200F and U+061C. A name "abc\u202Etxt.exe" showed as "abcexe.txt" in
   * pages, exports and calendars.
   */
  static boolean isControl(int cp) {
    return cp < 0x20
        || (cp >= 0x7F && cp <= 0x9F)
        || cp == 0x2028
        || cp == 0x2029
        || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069)
        || cp == 0x200E
        || cp == 0x200F
        || cp == 0x061C;
  }

  /** U+FDD0–U+FDEF and the last two code points of every plane (U+FFFE, U+FFFF, U+1FFFE…). */
  static boolean isNonCharacter(int cp) {
    return (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE;
  }

  private static InvalidInputException refused(String field, int index, int cp) {
    InvalidInputException e =
        new InvalidInputException(
            "text.forbiddenCharacter",
            field,
            String.format("U+%04X", cp),
            String.valueOf(index + 1));
    // "name (3.5)" names the field name of element 3.5.
    e.at(field.contains(" ") ? field.substring(0, field.indexOf(' ')) : field);
    return e;
  }
}
