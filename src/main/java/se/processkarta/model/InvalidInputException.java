package se.processkarta.model;

/** Thrown when the input breaks a rule or cannot be read. */
public final class InvalidInputException extends ProcesskartaException {

  private static final long serialVersionUID = 1L;

  public InvalidInputException(String messageKey, String... arguments) {
    super(messageKey, arguments);
  }

  /** {@code field} is required and missing: "field.required", about that field. */
  public static InvalidInputException required(String field) {
    InvalidInputException e = new InvalidInputException("field.required", field);
    e.at(field);
    return e;
  }
}
