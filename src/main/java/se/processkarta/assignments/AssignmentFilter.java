package se.processkarta.assignments;

import io.micronaut.core.annotation.Nullable;

/** The list's filters, each optional, as the query parameters give them. */
public record AssignmentFilter(
    @Nullable String kind,
    @Nullable String form,
    @Nullable String unit,
    @Nullable String person,
    @Nullable String process,
    @Nullable String state,
    @Nullable String year,
    @Nullable String asOf) {

  public static AssignmentFilter none() {
    return new AssignmentFilter(null, null, null, null, null, null, null, null);
  }

  public static AssignmentFilter ofState(AssignmentState state) {
    return new AssignmentFilter(null, null, null, null, null, state.name(), null, null);
  }
}
