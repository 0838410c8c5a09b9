package se.processkarta.changes;

import io.micronaut.transaction.annotation.Transactional;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/** Records model versions and the audit trail, each version with its audit line in one commit. */
@Singleton
public class ModelVersions {

  private final ModelVersionRepository versions;
  private final AuditEventRepository audit;
  private final Clock clock;

  ModelVersions(ModelVersionRepository versions, AuditEventRepository audit, Clock clock) {
    this.versions = versions;
    this.audit = audit;
    this.clock = clock;
  }

  /** Records a new model version and its audit line; answers the version. */
  @Transactional
  public ModelVersion publish(String actor, String source, String summary, String contentHash) {
    ModelVersion v =
        versions.save(new ModelVersion(null, clock.instant(), source, summary, contentHash));
    audit.save(
        new AuditEvent(
            null, clock.instant(), actor, "MODEL_PUBLISHED", "model-version:" + v.id(), summary));
    return v;
  }

  /** The newest version, if any has been published. */
  @Transactional(readOnly = true)
  public Optional<ModelVersion> current() {
    return versions.findFirstOrderByIdDesc();
  }

  @Transactional(readOnly = true)
  public List<AuditEvent> auditOf(String subject) {
    return audit.findBySubjectOrderByIdAsc(subject);
  }
}
