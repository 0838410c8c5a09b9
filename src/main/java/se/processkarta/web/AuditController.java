package se.processkarta.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.annotation.Secured;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import se.processkarta.changes.AuditEvent;
import se.processkarta.changes.AuditLog;
import se.processkarta.changes.AuditPage;
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

  @Operation(
      summary =
          "Granskningsloggen sida för sida, nyast först (order=oldest: äldst först), filtrerad"
              + " på period (from, to), användare, elementkod och ändring (changeId)")
  @Get("/audit")
  @Secured(Permission.REVIEWER_ROLE)
  AuditPage audit(
      @Nullable @QueryValue String from,
      @Nullable @QueryValue String to,
      @Nullable @QueryValue String user,
      @Nullable @QueryValue String code,
      @Nullable @QueryValue Long changeId,
      @QueryValue(defaultValue = "1") int page,
      @QueryValue(defaultValue = "100") int size,
      @Nullable @QueryValue String order) {
    return audit.page(from, to, user, code, changeId, page, size, order);
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
