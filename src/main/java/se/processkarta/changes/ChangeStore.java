package se.processkarta.changes;

import io.micronaut.core.type.Argument;
import io.micronaut.serde.ObjectMapper;
import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import se.processkarta.changes.apply.ModelWriter;

/** The relational side of the change path: each method is one JDBC transaction. */
@Singleton
class ChangeStore {

  private final ChangeRequestRepository changes;
  private final ModelVersionRepository versions;
  private final AuditEventRepository audit;
  private final ObjectMapper json;
  private final Clock clock;

  ChangeStore(
      ChangeRequestRepository changes,
      ModelVersionRepository versions,
      AuditEventRepository audit,
      ObjectMapper json,
      Clock clock) {
    this.changes = changes;
    this.versions = versions;
    this.audit = audit;
    this.json = json;
    this.clock = clock;
  }

  /**
   * Marks an approved change applied as {@code version}, with the version's row and an audit row
   * per operation, in one transaction; does nothing when another instance already did.
   *
   * @return whether this call marked it
   */
  @Transactional
  boolean finish(
      ChangeRequest change, long version, List<ModelWriter.Trace> traces, String summary) {
    var now = clock.instant();
    if (changes.markApplied(change.id(), version, now) == 0) {
      return false;
    }
    versions.save(
        new ModelVersion(
            null,
            now,
            "change:" + change.id(),
            summary,
            null,
            version,
            change.id(),
            change.author()));
    List<AuditEvent> rows = new ArrayList<>(traces.size() + 1);
    for (ModelWriter.Trace t : traces) {
      rows.add(
          new AuditEvent(
              null,
              now,
              change.author(),
              t.op(),
              t.subject(),
              "operation " + t.index(),
              change.id(),
              version,
              t.subject(),
              write(t.before()),
              write(t.after())));
    }
    rows.add(
        new AuditEvent(
            null,
            now,
            change.reviewer() == null ? change.author() : change.reviewer(),
            "CHANGE_APPLIED",
            "change:" + change.id(),
            summary,
            change.id(),
            version,
            null,
            null,
            null));
    audit.saveAll(rows);
    return true;
  }

  @Transactional
  void auditLine(AuditEvent event) {
    audit.save(event);
  }

  /** The operations of an applied change as the audit log recorded them. */
  @Transactional(readOnly = true)
  List<ModelWriter.Trace> traces(long changeId) {
    List<ModelWriter.Trace> out = new ArrayList<>();
    for (AuditEvent e : audit.findByChangeIdOrderByIdAsc(changeId)) {
      if (e.detail() == null || !e.detail().startsWith("operation ") || e.code() == null) {
        continue;
      }
      out.add(
          new ModelWriter.Trace(
              Integer.parseInt(e.detail().substring("operation ".length())),
              e.action(),
              e.subject(),
              read(e.beforeJson()),
              read(e.afterJson())));
    }
    return out;
  }

  /** A page of audit lines and how many the filters find, read in one transaction. */
  @Transactional(readOnly = true)
  AuditPage auditPage(AuditLog.Filter f, int page, int size, boolean newestFirst) {
    long total = audit.countFiltered(f.from(), f.to(), f.user(), f.code(), f.changeId());
    return new AuditPage(page, size, total, auditLines(f, page, size, newestFirst));
  }

  /** A page of audit lines without their count (which grows with the log). */
  @Transactional(readOnly = true)
  List<AuditEvent> auditLines(AuditLog.Filter f, int page, int size, boolean newestFirst) {
    long offset = (long) (page - 1) * size;
    return newestFirst
        ? audit.newestFirst(f.from(), f.to(), f.user(), f.code(), f.changeId(), size, offset)
        : audit.oldestFirst(f.from(), f.to(), f.user(), f.code(), f.changeId(), size, offset);
  }

  @Transactional(readOnly = true)
  List<AuditEvent> ofSubject(String subject) {
    return audit.findBySubjectOrderByIdAsc(subject);
  }

  @Transactional(readOnly = true)
  List<AuditEvent> ofCode(String code) {
    return audit.findByCodeOrderByIdAsc(code);
  }

  Map<String, Object> read(String text) {
    if (text == null) {
      return null;
    }
    try {
      return json.readValue(text, Argument.mapOf(String.class, Object.class));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String write(Object value) {
    if (value == null) {
      return null;
    }
    try {
      return json.writeValueAsString(value);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
