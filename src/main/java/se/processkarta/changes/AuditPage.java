package se.processkarta.changes;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of the audit log: which page, its size, how many lines the filters find in all. */
@Serdeable
public record AuditPage(int page, int size, long total, List<AuditEvent> items) {

  public AuditPage {
    items = List.copyOf(items);
  }
}
