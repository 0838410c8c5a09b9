package se.processkarta.changes.apply;

import java.util.List;
import se.processkarta.model.ProcesskartaException;

/** A change whose operations break the model's rules: each failing operation with its reason. */
public final class EditsRejectedException extends ProcesskartaException {

  private static final long serialVersionUID = 1L;

  /** One failing operation: its index in the change, its name, and the reason as a message key. */
  public record Failure(int index, String op, String messageKey, List<String> arguments) {
    public Failure {
      arguments = List.copyOf(arguments);
    }
  }

  private final transient List<Failure> failures;

  public EditsRejectedException(List<Failure> failures) {
    super("change.invalid", String.valueOf(failures.size()));
    this.failures = List.copyOf(failures);
  }

  public List<Failure> failures() {
    return failures;
  }
}
