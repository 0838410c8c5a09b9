package se.processkarta.web.pages;

import io.micronaut.core.annotation.Nullable;

/**
 * The element page's "as of" control as the reader filled it in: the values to show again, and when
 * one was refused, which field ({@code asOf} or {@code version}) and the Swedish reason.
 */
public record AsOfForm(
    String asOf, String version, @Nullable String errorField, @Nullable String error) {

  public boolean dateInvalid() {
    return "asOf".equals(errorField);
  }

  public boolean versionInvalid() {
    return "version".equals(errorField);
  }
}
