package se.processkarta.changes;

import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import se.processkarta.model.Code;
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

  /** Audit lines from {@code from} to {@code to} (dates, both inclusive), by user and code. */
  public List<AuditEvent> search(String from, String to, String user, String code) {
    LocalDate f = SwedishTime.parseDate(from);
    LocalDate t = SwedishTime.parseDate(to);
    return store.search(
        f == null ? null : SwedishTime.startOf(f),
        t == null ? null : SwedishTime.startOf(t.plusDays(1)),
        blankToNull(user),
        code == null || code.isBlank() ? null : Code.parse(code.strip()).toString(),
        MAX_ROWS);
  }

  /**
   * The newest {@value #MAX_ROWS} lines, newest first, filtered as {@link #search}: what a reviewer
   * looks at first (the seed import alone writes more lines than that).
   */
  public List<AuditEvent> newest(String from, String to, String user, String code) {
    LocalDate f = SwedishTime.parseDate(from);
    LocalDate t = SwedishTime.parseDate(to);
    return store.searchNewest(
        f == null ? null : SwedishTime.startOf(f),
        t == null ? null : SwedishTime.startOf(t.plusDays(1)),
        blankToNull(user),
        code == null || code.isBlank() ? null : Code.parse(code.strip()).toString(),
        MAX_ROWS);
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
