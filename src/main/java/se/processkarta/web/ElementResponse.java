package se.processkarta.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;
import se.processkarta.hierarchy.ElementDetail;
import se.processkarta.hierarchy.ElementSummary;
import se.processkarta.roles.RoleSummary;

/** An element as the API shows it: its fields, breadcrumb, children and a summary of its roles. */
@Serdeable
record ElementResponse(
    String code,
    String name,
    int level,
    String levelName,
    String status,
    @Nullable String description,
    @Nullable String purpose,
    @Nullable String recipient,
    String url,
    List<ElementDetail.Crumb> breadcrumb,
    List<ElementSummary> children,
    RoleSummary roles) {

  static ElementResponse of(ElementDetail d, RoleSummary roles) {
    return new ElementResponse(
        d.code(),
        d.name(),
        d.level(),
        d.levelName(),
        d.status(),
        d.description(),
        d.purpose(),
        d.recipient(),
        "/processer/" + d.code(),
        d.breadcrumb(),
        d.children(),
        roles);
  }
}
