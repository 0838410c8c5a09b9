package se.processkarta.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.processkarta.assignments.AssignmentDiagrams;
import se.processkarta.diagrams.DiagramService;
import se.processkarta.diagrams.DiagramService.Format;
import se.processkarta.web.http.FileRoute;

/**
 * The year's assignment drawings, the portfolio (Gantt) and the årshjul, which the diagram route
 * answers beside the model's views ({@code /api/diagrams/portfolio.svg?year=2026}). They are drawn
 * on {@link DiagramService}'s pool, with its cache and 503 when busy.
 */
@Singleton
class YearDrawings {

  /** The views, by their name in the route. */
  private static final Map<String, String> VIEWS = new LinkedHashMap<>();

  static {
    VIEWS.put("portfolio", "Årets uppdragsportfölj");
    VIEWS.put("arshjul", "Årshjul");
  }

  private final AssignmentDiagrams diagrams;
  private final DiagramService drawings;

  YearDrawings(AssignmentDiagrams diagrams, DiagramService drawings) {
    this.diagrams = diagrams;
    this.drawings = drawings;
  }

  static boolean draws(String view) {
    return VIEWS.containsKey(view);
  }

  HttpResponse<byte[]> answer(
      String view, String year, Format format, Integer width, HttpRequest<?> request) {
    Optional<Integer> w = format == Format.PNG ? Optional.ofNullable(width) : Optional.empty();
    return AssignmentDiagramController.answer(
        drawings,
        request,
        diagrams.yearKey(view, year),
        format,
        w,
        view.equals("portfolio") ? () -> diagrams.portfolio(year) : () -> diagrams.arshjul(year));
  }

  /** Each view in each format, for the OpenAPI document: the year, and a PNG's width. */
  static List<FileRoute.File> files(String description) {
    List<FileRoute.File> files = new ArrayList<>();
    VIEWS.forEach(
        (view, title) -> {
          for (Format f : Format.values()) {
            files.add(
                DiagramController.drawing(
                    "/api/diagrams/" + view,
                    title,
                    title + " för ett år. " + description,
                    f,
                    f == Format.PNG ? List.of("year", "width") : List.of("year"),
                    Map.of()));
          }
        });
    return files;
  }
}
