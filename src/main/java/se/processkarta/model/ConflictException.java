package se.processkarta.model;

/** Thrown when the request conflicts with the current state of the model. */
public final class ConflictException extends ProcesskartaException {

  private static final long serialVersionUID = 1L;

  public ConflictException(String messageKey, String... arguments) {
    super(messageKey, arguments);
  }
}
