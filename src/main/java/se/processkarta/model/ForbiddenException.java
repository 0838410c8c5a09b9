package se.processkarta.model;

/** Thrown when the user may not do this. */
public final class ForbiddenException extends ProcesskartaException {

  private static final long serialVersionUID = 1L;

  public ForbiddenException(String messageKey, String... arguments) {
    super(messageKey, arguments);
  }
}
