package se.processkarta.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.Level;
import se.processkarta.model.ModelSnapshot;

/**
 * The standard set of diagrams that {@code processkarta render} writes and {@code diagrams/} holds:
 * the top map, one map and one tree per verksamhetstyp, a map per verksamhetsområde, role overviews
 * per verksamhetstyp and person cards for the people who own verksamhetsområden.
 */
public final class StandardSet {

  /**
   * The day the committed diagrams speak for: the "today" of the demo municipality's awkward cases
   * (model-seed/exempelkommun/README.md), so that the files do not change with the calendar.
   */
  public static final java.time.LocalDate SEED_DATE = java.time.LocalDate.of(2026, 11, 22);

  /** The seed directories the standard set is drawn from. */
  public static final List<String> SEED_DIRS =
      List.of("model-seed/klassa-2.1", "model-seed/exempelkommun");

  private StandardSet() {}

  /** File name → SVG, in name order. */
  public static Map<String, String> render(ModelSnapshot snapshot) {
    DiagramRenderer r = new DiagramRenderer();
    Map<String, String> out = new TreeMap<>();
    out.put("karta.svg", r.processMap(snapshot, Optional.empty()));
    out.put("trad.svg", r.tree(snapshot, Optional.empty(), 2, DiagramRenderer.TreeColouring.TYPE));
    java.util.Set<String> owners = new java.util.TreeSet<>();
    for (Element e : snapshot.elements()) {
      Code c = e.code();
      if (e.level() == Level.BUSINESS_TYPE) {
        out.put("karta-" + c + ".svg", r.processMap(snapshot, Optional.of(c)));
        out.put(
            "trad-" + c + ".svg",
            r.tree(snapshot, Optional.of(c), 3, DiagramRenderer.TreeColouring.LEVEL));
        out.put("roller-" + c + ".svg", r.roleMatrix(snapshot, Optional.of(c)));
      }
      if (e.level() == Level.BUSINESS_AREA) {
        out.put("karta-" + c + ".svg", r.processMap(snapshot, Optional.of(c)));
        snapshot.roles().stream()
            .filter(a -> a.element().equals(c) && a.isActiveOn(snapshot.date()))
            .forEach(a -> owners.add(a.personId()));
      }
    }
    for (String flow : sampleFlows()) {
      Code c = Code.parse(flow);
      if (snapshot.elements().stream().anyMatch(e -> e.code().equals(c))) {
        out.put("karta-" + c + ".svg", r.processMap(snapshot, Optional.of(c)));
      }
    }
    for (String id : owners) {
      out.put("person-" + id + ".svg", r.personCard(snapshot, id));
    }
    return out;
  }

  /** The process groups whose flows the set also shows (a sample, to keep the set small). */
  static List<String> sampleFlows() {
    return List.of("3.5.2", "3.1.5");
  }
}
