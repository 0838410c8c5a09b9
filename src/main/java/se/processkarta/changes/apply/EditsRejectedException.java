package se.processkarta.changes.apply;

import java.util.List;
import java.util.Optional;
import se.processkarta.model.ProcesskartaException;

/** A change whose operations break the model's rules: each failing operation with its reason. */
public final class EditsRejectedException extends ProcesskartaException {

  private static final long serialVersionUID = 1L;

  /**
   * One failing operation: its index in the change, its name, the reason as a message key, and the
   * operation's field the reason is about when there is one.
   */
  public record Failure(
      int index, String op, String messageKey, List<String> arguments, Optional<String> field) {
    public Failure {
      arguments = List.copyOf(arguments);
    }

    public Failure(int index, String op, String messageKey, List<String> arguments) {
      this(index, op, messageKey, arguments, Optional.empty());
    }

    /** Operation {@code index} refused for {@code e}'s reason. */
    public static Failure of(int index, String op, ProcesskartaException e) {
      return new Failure(index, op, e.messageKey(), e.arguments(), e.field());
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
