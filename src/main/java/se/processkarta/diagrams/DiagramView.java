package se.processkarta.diagrams;

import java.util.List;
import java.util.Optional;

/**
 * The model's drawings, each drawn as SVG, PNG or PDF/A ({@link DiagramService.Format}): the one
 * list the diagram route answers from and the OpenAPI document lists, with the query parameters
 * each view reads (besides {@code version}/{@code asOf} and the format's own).
 */
public enum DiagramView {
  MAP(
      "map",
      "Processkarta",
      "En processkarta: verksamhetstyperna med sina områden, eller en nivå under root.",
      List.of("root")),
  TREE(
      "tree",
      "Träddiagram",
      "Ett träddiagram över hierarkin under root.",
      List.of("root", "depth", "colour")),
  ROLES(
      "roles",
      "Rollöversikt",
      "En rollöversikt: ägare, ledare och team per element under root, på ett datum.",
      List.of("root", "date")),
  PERSON(
      "person",
      "Personkort",
      "Allt en person ansvarar för, med rapporteringskedjan, på ett datum.",
      List.of("date"));

  private final String id;
  private final String title;
  private final String description;
  private final List<String> parameters;

  DiagramView(String id, String title, String description, List<String> parameters) {
    this.id = id;
    this.title = title;
    this.description = description;
    this.parameters = parameters;
  }

  /** The name in the route, {@code map} in {@code /api/diagrams/map.svg}. */
  public String id() {
    return id;
  }

  public String title() {
    return title;
  }

  public String description() {
    return description;
  }

  /** The query parameters this view reads. */
  public List<String> parameters() {
    return parameters;
  }

  /** The view drawn for a subtree (not a person's card), by its route name. */
  public static Optional<DiagramView> ofTree(String id) {
    for (DiagramView v : values()) {
      if (v != PERSON && v.id.equals(id)) {
        return Optional.of(v);
      }
    }
    return Optional.empty();
  }
}
