package se.processkarta.model;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The one unchecked exception family. Each carries a message key and its arguments, and the input
 * field it is about when there is one (the name in the JSON body and the form, {@code personId});
 * the web layer turns them into a Swedish or English problem+json answer, and a form shows the
 * reason next to its field.
 */
public abstract class ProcesskartaException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String messageKey;
  private final List<String> arguments;
  private String field;

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

  /** The input field this is about, if any. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }

  /**
   * What {@code read} returns; a refusal it throws is about {@code field} (unless it names one).
   */
  public static <T> T about(String field, Supplier<T> read) {
    try {
      return read.get();
    } catch (ProcesskartaException e) {
      throw e.at(field);
    }
  }

  /**
   * Names the input field this is about, unless a more precise one is named already (a rule deep in
   * the model names {@code to}; the reader of the body that called it would say {@code from}).
   */
  public ProcesskartaException at(String field) {
    if (this.field == null) {
      this.field = field;
    }
    return this;
  }
}
