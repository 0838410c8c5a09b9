package se.processkarta.model;

import java.util.List;

/**
 * The one unchecked exception family. Each carries a message key and its arguments; the web layer
 * turns them into a Swedish or English problem+json answer.
 */
public abstract class ProcesskartaException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final List<String> arguments;

  protected ProcesskartaException(String messageKey, String... arguments) {
    super(messageKey + " " + String.join(", ", arguments));
    this.messageKey = messageKey;
    this.arguments = List.of(arguments);
  }

  public String messageKey() {
    return messageKey;
  }

  public List<String> arguments() {
    return arguments;
  }
}
