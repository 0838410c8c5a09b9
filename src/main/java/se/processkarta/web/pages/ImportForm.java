package se.processkarta.web.pages;

import io.micronaut.core.annotation.Nullable;
import java.util.List;

/** What the form shows again after a refusal, and the errors by field. */
public record ImportForm(
    String format,
    String root,
    String code,
    boolean retireMissing,
    List<String> fileErrors,
    @Nullable String rootError,
    @Nullable String codeError,
    boolean nothingToDo) {

  public ImportForm {
    fileErrors = List.copyOf(fileErrors);
  }

  static ImportForm empty() {
    return new ImportForm("csv", "", "", false, List.of(), null, null, false);
  }

  public boolean hasFileErrors() {
    return !fileErrors.isEmpty();
  }
}
