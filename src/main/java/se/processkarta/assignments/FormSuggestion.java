package se.processkarta.assignments;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** The suggested organisation form, the forms the kind allows, and why, in the user's language. */
@Serdeable
public record FormSuggestion(
    AssignmentKind kind,
    OrganisationForm form,
    List<OrganisationForm> allowed,
    String complexity,
    String explanation) {

  public FormSuggestion {
    allowed = List.copyOf(allowed);
  }
}
