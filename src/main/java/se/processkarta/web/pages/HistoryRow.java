package se.processkarta.web.pages;

import io.micronaut.core.annotation.Nullable;
import java.time.format.DateTimeFormatter;
import se.processkarta.changes.AuditEvent;
import se.processkarta.model.SwedishTime;

/** One line of an element's history as the page shows it, in Swedish local time. */
public record HistoryRow(
    String when, String actor, String what, @Nullable Long changeId, @Nullable Long version) {

  static final DateTimeFormatter FORMAT =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(SwedishTime.ZONE);

  /**
   * A line with its action in words: {@code label} turns an operation name ({@code createElement})
   * into the page's language; the change's own detail ("operation 0") says nothing to a reader.
   */
  static HistoryRow of(AuditEvent a, java.util.function.UnaryOperator<String> label) {
    String detail = a.detail();
    boolean internal = detail == null || detail.startsWith("operation ");
    return new HistoryRow(
        FORMAT.format(a.occurredAt()),
        a.actor(),
        internal ? label.apply(a.action()) : detail,
        a.changeId(),
        a.modelVersion());
  }
}
