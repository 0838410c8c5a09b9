package se.processkarta.model;

/** Thrown when something asked for does not exist. */
public final class NotFoundException extends ProcesskartaException {

  private static final long serialVersionUID = 1L;

  public NotFoundException(String messageKey, String... arguments) {
    super(messageKey, arguments);
  }
}
