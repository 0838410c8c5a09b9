package se.processkarta.web.pages;

import java.util.Map;

/** The versions and audit pages' filter as the reader typed it, with a reason per refused field. */
public record AuditFilter(
    String from, String to, String user, String code, Map<String, String> errors) {

  public AuditFilter {
    errors = Map.copyOf(errors);
  }

  public boolean invalid(String field) {
    return errors.containsKey(field);
  }

  public String error(String field) {
    return errors.get(field);
  }
}
