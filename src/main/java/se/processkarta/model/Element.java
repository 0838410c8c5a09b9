package se.processkarta.model;

import java.util.Objects;

/**
 * One element of the Klassa tree. The compact constructor holds the rules that need no other
 * element: names are trimmed, non-blank and at most {@value #MAX_NAME_LENGTH} characters.
 */
public record Element(
    Code code,
    String name,
    String description,
    String purpose,
    String recipient,
    ElementStatus status) {

  public static final int MAX_NAME_LENGTH = 200;

  public Element {
    Objects.requireNonNull(code, "code");
    name = name == null ? "" : name.strip();
    if (name.isEmpty()) {
      throw new InvalidInputException("element.name.blank", code.toString());
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw new InvalidInputException(
          "element.name.tooLong", code.toString(), String.valueOf(MAX_NAME_LENGTH));
    }
    description = blankToNull(description);
    purpose = blankToNull(purpose);
    recipient = blankToNull(recipient);
    status = status == null ? ElementStatus.PUBLISHED : status;
  }

  public Level level() {
    return code.level();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
