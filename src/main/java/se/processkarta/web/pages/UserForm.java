package se.processkarta.web.pages;

import java.util.Map;

/** The new-user form as it was filled in, and the reason per refused field. */
public record UserForm(
    String username, String displayName, String permission, Map<String, String> errors) {

  public UserForm {
    errors = Map.copyOf(errors);
  }

  public boolean invalid(String field) {
    return errors.containsKey(field);
  }

  public String error(String field) {
    return errors.get(field);
  }
}
