package se.processkarta.changes;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Optional;

/** The published model versions and the audit trail, as recorded by the change path. */
@Singleton
public class ModelVersions {

  private final ModelVersionRepository versions;
  private final AuditEventRepository audit;

  ModelVersions(ModelVersionRepository versions, AuditEventRepository audit) {
    this.versions = versions;
    this.audit = audit;
  }

  /** The newest version, if any has been published. */
  @Transactional(readOnly = true)
  public Optional<ModelVersion> current() {
    return versions.findFirstOrderByIdDesc();
  }

  /** Every version, oldest first. */
  @Transactional(readOnly = true)
  public List<ModelVersion> all() {
    return versions.findAllOrderByNumberAsc();
  }

  @Transactional(readOnly = true)
  public Optional<ModelVersion> byNumber(long number) {
    return versions.findByNumber(number);
  }

  @Transactional(readOnly = true)
  public List<AuditEvent> auditOf(String subject) {
    return audit.findBySubjectOrderByIdAsc(subject);
  }
}
