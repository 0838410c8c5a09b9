package se.processkarta.web.pages;

import io.micronaut.core.annotation.Nullable;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import se.processkarta.changes.AuditEvent;

/** One line of an element's history as the page shows it, in Swedish local time. */
public record HistoryRow(
    String when, String actor, String what, @Nullable Long changeId, @Nullable Long version) {

  static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Stockholm"));

  static HistoryRow of(AuditEvent a) {
    return new HistoryRow(
        FORMAT.format(a.occurredAt()),
        a.actor(),
        a.detail() != null ? a.detail() : a.action(),
        a.changeId(),
        a.modelVersion());
  }
}
