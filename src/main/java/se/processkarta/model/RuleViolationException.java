package se.processkarta.model;

/**
 * Input that can be read but breaks a domain rule (answered 422): the message key names the rule,
 * so that the Swedish message says which rule and which field.
 */
public final class RuleViolationException extends ProcesskartaException {

  private static final long serialVersionUID = 1L;

  public RuleViolationException(String messageKey, String... arguments) {
    super(messageKey, arguments);
  }
}
