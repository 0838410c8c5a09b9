package se.processkarta.changes;

import jakarta.inject.Singleton;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import se.processkarta.model.Code;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.SwedishTime;

/** Reads of the audit log and the published versions. */
@Singleton
public class AuditLog {

  static final int MAX_ROWS = 1000;

  private final ChangeStore store;
  private final ModelVersions versions;

  AuditLog(ChangeStore store, ModelVersions versions) {
    this.store = store;
    this.versions = versions;
  }

  /** The most lines one page holds. */
  public static final int MAX_PAGE_SIZE = MAX_ROWS;

  /** What the log is filtered by: a period (instants), a user, an element code, a change. */
  record Filter(Instant from, Instant to, String user, String code, Long changeId) {}

  /**
   * A page of audit lines from {@code from} to {@code to} (dates, both inclusive), by user, code
   * and change, newest first unless {@code order} is {@code oldest}.
   */
  public AuditPage page(
      String from,
      String to,
      String user,
      String code,
      Long changeId,
      int page,
      int size,
      String order) {
    if (page < 1) {
      throw new InvalidInputException("page.invalid", String.valueOf(page));
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidInputException("size.invalid", String.valueOf(MAX_PAGE_SIZE));
    }
    String o = order == null || order.isBlank() ? "newest" : order.strip();
    if (!o.equals("newest") && !o.equals("oldest")) {
      throw new InvalidInputException("audit.order.invalid", o);
    }
    return store.auditPage(filter(from, to, user, code, changeId), page, size, o.equals("newest"));
  }

  /**
   * The newest {@value #MAX_ROWS} lines, newest first, filtered as {@link #page}: what a reviewer
   * looks at first (the seed import alone writes more lines than that).
   */
  public List<AuditEvent> newest(String from, String to, String user, String code) {
    return store.auditLines(filter(from, to, user, code, null), 1, MAX_ROWS, true);
  }

  private static Filter filter(String from, String to, String user, String code, Long changeId) {
    LocalDate f = SwedishTime.parseDate(from);
    LocalDate t = SwedishTime.parseDate(to);
    return new Filter(
        f == null ? null : SwedishTime.startOf(f),
        t == null ? null : SwedishTime.startOf(t.plusDays(1)),
        blankToNull(user),
        code == null || code.isBlank() ? null : Code.parse(code.strip()).toString(),
        changeId);
  }

  /**
   * Appends a line that belongs to no model change (for example an assignment's transition), in the
   * caller's transaction when it has one, so the line and the write it records commit together.
   */
  public void record(AuditEvent event) {
    store.auditLine(event);
  }

  /** The lines about {@code subject}, oldest first. */
  public List<AuditEvent> ofSubject(String subject) {
    return store.ofSubject(subject);
  }

  public List<ModelVersion> versions() {
    return versions.all();
  }

  /** Each change of an element, oldest first, with its before and after. */
  public List<AuditEvent> history(String code) {
    return store.ofCode(Code.parse(code).toString());
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
