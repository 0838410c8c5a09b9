package se.processkarta.web.pages;

import java.util.Map;
import se.processkarta.changes.Operation;

/** Operations for tests that draft through the service, written as the form's fields. */
final class TestOperations {

  private TestOperations() {}

  static Operation of(Map<String, String> f) {
    return new OperationForm(
            null,
            null,
            null,
            f.get("op"),
            f.get("code"),
            f.get("name"),
            f.get("parentCode"),
            f.get("newParentCode"),
            f.get("newCode"),
            f.get("description"),
            f.get("purpose"),
            f.get("recipient"),
            f.get("role"),
            f.get("personId"),
            f.get("from"),
            f.get("to"),
            f.get("competence"))
        .operation();
  }
}
