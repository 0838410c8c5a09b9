package se.processkarta.model;

import java.util.Objects;

/**
 * One element of the Klassa tree. The compact constructor holds the rules that need no other
 * element: names are trimmed, non-blank and at most {@value #MAX_NAME_LENGTH} characters, and every
 * text passes {@link Text}'s hygiene (NFC, no control or non-characters).
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
    String at = " (" + code + ")";
    name = name == null ? "" : Text.line(name, "name" + at).strip();
    if (name.isEmpty()) {
      throw new InvalidInputException("element.name.blank", code.toString()).at("name");
    }
    if (name.length() > MAX_NAME_LENGTH) {
      throw new InvalidInputException(
              "element.name.tooLong", code.toString(), String.valueOf(MAX_NAME_LENGTH))
          .at("name");
    }
    description = blankToNull(Text.multiline(description, "description" + at));
    purpose = blankToNull(Text.multiline(purpose, "purpose" + at));
    recipient = blankToNull(Text.multiline(recipient, "recipient" + at));
    status = status == null ? ElementStatus.PUBLISHED : status;
  }

  public Level level() {
    return code.level();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
