package se.processkarta.model;

/** Shared argument checks for identifiers and names. */
public final class Ids {

  /**
   * Every id of a person, unit, pool or steering group: lower-case letters, digits and hyphens,
   * starting with a letter or digit, at most 64 characters. Ids go into links ({@code
   * /personer/{id}}), file names and other tools' identifiers: free text such as {@code
   * ../../anvandare} or {@code a/b?c=1#d} made element pages link elsewhere.
   */
  public static final java.util.regex.Pattern ID =
      java.util.regex.Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");

  private Ids() {}

  /** A required id that follows {@link #ID}; {@code field} names it in the error. */
  public static String require(String value, String field) {
    if (value == null || value.isBlank()) {
      // field is a label for the message; the reader of the body names the input field.
      throw new InvalidInputException("field.required", field);
    }
    String id = Text.line(value, field).strip();
    if (!ID.matcher(id).matches()) {
      throw new InvalidInputException("id.invalid", field, id);
    }
    return id;
  }

  /** An optional id: null or blank becomes null, anything else must follow {@link #ID}. */
  static String optionalId(String value, String field) {
    return value == null || value.isBlank() ? null : require(value, field);
  }

  /** An optional one-line text: null or blank becomes null. */
  static String optional(String value, String field) {
    return value == null || value.isBlank() ? null : Text.line(value, field).strip();
  }

  static String requireName(String name, String id) {
    String n = name == null ? "" : Text.line(name, "name (" + id + ")").strip();
    if (n.isEmpty()) {
      throw new InvalidInputException("name.blank", id).at("name");
    }
    if (n.length() > Element.MAX_NAME_LENGTH) {
      throw new InvalidInputException("name.tooLong", id, String.valueOf(Element.MAX_NAME_LENGTH))
          .at("name");
    }
    return n;
  }
}
