package se.processkarta.hierarchy;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One element with its breadcrumb (root first, ending with itself) and ordered children. */
@Serdeable
public record ElementDetail(
    String code,
    String name,
    int level,
    String levelName,
    String status,
    String description,
    String purpose,
    String recipient,
    List<Crumb> breadcrumb,
    List<ElementSummary> children) {

  public ElementDetail {
    breadcrumb = List.copyOf(breadcrumb);
    children = List.copyOf(children);
  }

  /** One step of the breadcrumb. */
  @Serdeable
  public record Crumb(String code, String name) {}
}
