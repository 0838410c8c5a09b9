package se.processkarta.model;

/**
 * Thrown when the service is too busy to take the request now (for example every render slot is
 * taken); the client may try again after {@link #retryAfterSeconds()}.
 */
public final class UnavailableException extends ProcesskartaException {

  private static final long serialVersionUID = 1L;

  private final int retryAfterSeconds;

  public UnavailableException(int retryAfterSeconds, String messageKey, String... arguments) {
    super(messageKey, arguments);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
