package se.processkarta.diagrams;

import static org.assertj.core.api.Assertions.assertThat;

import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import se.processkarta.SharedGraph;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.render.DiagramRenderer;
import se.processkarta.render.StandardSet;
import se.processkarta.render.SvgChecks;
import se.processkarta.roles.GapItem;
import se.processkarta.roles.OverAllocation;
import se.processkarta.roles.RoleQueries;

/**
 * The role matrix draws from a snapshot (so that it can be drawn from the seed files without a
 * database); this holds it to the roles feature's own answers on the same graph and date: the rows
 * highlighted as gaps are exactly the roles service's processes without an owner, every
 * over-allocated person is flagged with their total, and every process where the owner acts as lead
 * is marked so.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RenderRolesIT implements SharedGraph {

  private static final String GAP_FILL = "#fdecea";

  @Inject GraphSnapshots snapshots;
  @Inject RoleQueries roles;

  @Test
  void theMatrixAgreesWithTheRolesServiceOnGapsConflictsAndActingOwners() {
    ModelSnapshot s = snapshots.read("it", StandardSet.SEED_DATE);
    String svg = new DiagramRenderer().roleMatrix(s, Optional.empty());
    NodeList groups = SvgChecks.parse(svg).getElementsByTagNameNS("*", "g");
    Set<String> highlighted = new TreeSet<>();
    Set<String> rows = new TreeSet<>();
    for (int i = 0; i < groups.getLength(); i++) {
      Element g = (Element) groups.item(i);
      if (!g.getAttribute("id").startsWith("row-")) {
        continue;
      }
      String code = g.getAttribute("id").substring(4).replace('-', '.');
      rows.add(code);
      NodeList rects = g.getElementsByTagNameNS("*", "rect");
      for (int k = 0; k < rects.getLength(); k++) {
        if (GAP_FILL.equals(((Element) rects.item(k)).getAttribute("fill"))) {
          highlighted.add(code);
        }
      }
    }
    var gaps = roles.gaps(null, StandardSet.SEED_DATE);
    Set<String> missing = new TreeSet<>(gaps.missingOwner().stream().map(GapItem::code).toList());
    assertThat(missing).contains("3.3.8.3", "3.6.2.2");
    assertThat(highlighted).isEqualTo(missing);
    for (GapItem acting : gaps.ownerActsAsLead()) {
      assertThat(rows).contains(acting.code());
      assertThat(svg).contains(acting.owner().name() + " (ägaren är processledare)");
    }
    var conflicts = roles.conflicts(StandardSet.SEED_DATE).overAllocations();
    assertThat(conflicts).extracting(o -> o.person().id()).contains("ali-hassan");
    for (OverAllocation o : conflicts) {
      assertThat(svg).contains("totalt " + o.totalPercent() + " %");
    }
  }
}
