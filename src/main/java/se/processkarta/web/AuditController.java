package se.processkarta.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import java.util.List;
import se.processkarta.changes.AuditEvent;
import se.processkarta.changes.AuditLog;
import se.processkarta.changes.ModelVersion;
import se.processkarta.changes.Permission;

/** The audit log (reviewers and up), the published versions and an element's history. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
class AuditController {

  private final AuditLog audit;

  AuditController(AuditLog audit) {
    this.audit = audit;
  }

  @Get("/audit")
  @Secured(Permission.REVIEWER_ROLE)
  List<AuditEvent> audit(
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String user,
      @Nullable @QueryValue String code) {
    return audit.search(from, to, user, code);
  }

  @Get("/versions")
  List<ModelVersion> versions() {
    return audit.versions();
  }

  @Get("/elements/{code}/history")
  List<AuditEvent> history(@PathVariable String code) {
    return audit.history(code);
  }
}
