package se.processkarta.model;

/** Shared argument checks for identifiers and names. */
final class Ids {

  private Ids() {}

  static String require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("field.required", field);
    }
    return Text.line(value, field).strip();
  }

  /** An optional one-line text: null or blank becomes null. */
  static String optional(String value, String field) {
    return value == null || value.isBlank() ? null : Text.line(value, field).strip();
  }

  static String requireName(String name, String id) {
    String n = name == null ? "" : Text.line(name, "name (" + id + ")").strip();
    if (n.isEmpty()) {
      throw new InvalidInputException("name.blank", id);
    }
    if (n.length() > Element.MAX_NAME_LENGTH) {
      throw new InvalidInputException("name.tooLong", id, String.valueOf(Element.MAX_NAME_LENGTH));
    }
    return n;
  }
}
