package se.processkarta.render;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.w3c.dom.Element;
import se.processkarta.model.Allocation;
import se.processkarta.model.Code;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.Palette;
import se.processkarta.model.Person;
import se.processkarta.model.ResourcePool;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;

/**
 * A person card: everything one person is responsible for on the snapshot's date, and their
 * reporting chain. An owner reports to the owner of the element above, so the chain follows the
 * tree upwards from each element they own; ELK lays each chain out as a flow.
 */
final class PersonCardRenderer {

  private static final double WIDTH = 1123;
  private static final TextStyle NAME = TextStyle.bold(26, Palette.INK);
  private static final TextStyle SECTION = TextStyle.bold(14, "#1f4e79");
  private static final TextStyle ITEM = TextStyle.plain(12, Palette.INK);
  private static final TextStyle DETAIL = TextStyle.plain(11, Palette.MUTED);
  private static final TextStyle LINK = TextStyle.bold(12, Palette.INK);
  private static final TextStyle CHAIN = TextStyle.plain(11, Palette.INK);

  private PersonCardRenderer() {}

  static String render(ModelSnapshot snapshot, String personId) {
    RoleFacts facts = new RoleFacts(snapshot);
    Person person = facts.person(personId);
    if (person == null) {
      throw new NotFoundException("render.person.notFound", personId);
    }
    SnapshotIndex index = new SnapshotIndex(snapshot);
    String title = Texts.t("render.person.title", person.name());
    Svg svg = new Svg(WIDTH, 794, title, Texts.t("render.person.desc"));
    double y =
        Chrome.header(svg, snapshot, title, Texts.t("render.roles.asOf", snapshot.date()), WIDTH);
    Element card = svg.group(svg.root(), "person");
    // The name and the title, wrapped; the id is for machines and stays out of the card.
    double inner = WIDTH - 2 * Chrome.MARGIN - 32;
    List<String> nameLines = TextMeasure.wrap(person.name(), NAME, inner);
    List<String> titleLines =
        person.title() == null ? List.of() : TextMeasure.wrap(person.title(), DETAIL, inner);
    double cardH =
        14 + nameLines.size() * NAME.lineHeight() + titleLines.size() * DETAIL.lineHeight() + 8;
    svg.rect(card, Chrome.MARGIN, y, WIDTH - 2 * Chrome.MARGIN, cardH, 8, "#eef3f8");
    svg.lines(card, Chrome.MARGIN + 16, y + 8 + NAME.size(), nameLines, NAME);
    if (!titleLines.isEmpty()) {
      svg.lines(
          card,
          Chrome.MARGIN + 16,
          y + 14 + nameLines.size() * NAME.lineHeight() + DETAIL.size() - 4,
          titleLines,
          DETAIL);
    }
    y += cardH + 20;

    List<RoleAssignment> owned = facts.of(personId, RoleKind.OWNER);
    y =
        section(
            svg,
            card,
            index,
            facts,
            y,
            Texts.t("render.person.owner"),
            owned,
            r -> delegation(facts, r));
    List<RoleAssignment> leads = facts.of(personId, RoleKind.LEAD);
    y = section(svg, card, index, facts, y, Texts.t("render.person.lead"), leads, r -> since(r));
    List<RoleAssignment> acting = new ArrayList<>();
    for (RoleAssignment o : owned) {
      if (facts
          .effectiveLead(o.element())
          .filter(l -> l.basis() == se.processkarta.model.RoleRules.LeadBasis.OWNER)
          .isPresent()) {
        acting.add(o);
      }
    }
    y = section(svg, card, index, facts, y, Texts.t("render.person.acting"), acting, r -> "");
    y =
        section(
            svg,
            card,
            index,
            facts,
            y,
            Texts.t("render.person.team"),
            facts.of(personId, RoleKind.TEAM_MEMBER),
            r -> r.competence() + " · " + since(r));

    List<Allocation> allocations = facts.allocationsOf(personId);
    if (!allocations.isEmpty()) {
      boolean over = facts.overAllocated(personId);
      String head = Texts.t("render.person.allocations", facts.allocatedPercent(personId));
      svg.text(
          card, Chrome.MARGIN, y + 14, head, over ? SECTION.withFill(Palette.CONFLICT) : SECTION);
      if (over) {
        svg.text(
            card,
            Chrome.MARGIN + TextMeasure.width(head, SECTION) + 12,
            y + 14,
            Texts.t("render.person.over"),
            TextStyle.bold(12, Palette.CONFLICT));
      }
      y += 24;
      for (Allocation a : allocations) {
        y =
            item(
                svg,
                card,
                index,
                facts,
                y,
                a.element(),
                Texts.t("render.roles.allocation", "", a.percent(), facts.poolName(a.poolId()))
                    .strip());
      }
      y += 10;
    }
    List<ResourcePool> pools = facts.poolsOwnedBy(personId);
    if (!pools.isEmpty()) {
      svg.text(card, Chrome.MARGIN, y + 14, Texts.t("render.person.pools"), SECTION);
      y += 24;
      for (ResourcePool p : pools) {
        List<String> name = TextMeasure.wrap(p.name(), LINK, 560);
        svg.lines(card, Chrome.MARGIN + 12, y + 13, name, LINK);
        List<String> detail =
            TextMeasure.wrap(
                Texts.t(
                    "render.person.poolDetail",
                    p.competence() == null ? "" : p.competence(),
                    p.memberIds().size()),
                DETAIL,
                WIDTH - 2 * Chrome.MARGIN - 600);
        svg.lines(card, Chrome.MARGIN + 600, y + 13, detail, DETAIL);
        y += Math.max(name.size() * LINK.lineHeight(), detail.size() * DETAIL.lineHeight()) + 5;
      }
      y += 10;
    }
    if (owned.isEmpty()
        && leads.isEmpty()
        && allocations.isEmpty()
        && pools.isEmpty()
        && facts.of(personId, RoleKind.TEAM_MEMBER).isEmpty()) {
      svg.text(card, Chrome.MARGIN, y + 14, Texts.t("render.person.nothing"), ITEM.asItalic());
      y += 30;
    }

    double[] right = {WIDTH - Chrome.MARGIN};
    y = chains(svg, index, facts, owned, leads, person.name(), y, right);
    // The card is as tall as what it says, and as wide as its longest chain.
    svg.resize(right[0] + Chrome.MARGIN, y + Chrome.MARGIN);
    return svg.toXml();
  }

  /** The owners from {@code code} up to its verksamhetsområde, nearest first. */
  private static void above(Code code, RoleFacts facts, List<Step> steps) {
    for (Code c = code; c.level().number() >= 2; c = c.parent().orElseThrow()) {
      List<RoleAssignment> owners = facts.on(c, RoleKind.OWNER);
      steps.add(
          new Step(
              c,
              owners.isEmpty()
                  ? Texts.t("render.roles.missing")
                  : facts.name(owners.get(0).personId())));
    }
  }

  private static String since(RoleAssignment r) {
    return Texts.t("render.person.since", r.period().from());
  }

  private static String delegation(RoleFacts facts, RoleAssignment r) {
    return r.delegatedBy() == null
        ? since(r)
        : since(r)
            + " · "
            + Texts.t("render.person.delegated", facts.name(r.delegatedBy()), r.delegatedAt());
  }

  private static double section(
      Svg svg,
      Element parent,
      SnapshotIndex index,
      RoleFacts facts,
      double y,
      String heading,
      List<RoleAssignment> roles,
      java.util.function.Function<RoleAssignment, String> detail) {
    if (roles.isEmpty()) {
      return y;
    }
    svg.text(parent, Chrome.MARGIN, y + 14, heading + " (" + roles.size() + ")", SECTION);
    y += 24;
    for (RoleAssignment r : roles) {
      y = item(svg, parent, index, facts, y, r.element(), detail.apply(r));
    }
    return y + 10;
  }

  private static double item(
      Svg svg,
      Element parent,
      SnapshotIndex index,
      RoleFacts facts,
      double y,
      Code code,
      String detail) {
    Optional<se.processkarta.model.Element> e = index.find(code);
    String name = e.map(se.processkarta.model.Element::name).orElse("");
    Element a =
        svg.link(parent, code, e.map(x -> Chrome.tooltip(x, facts)).orElse(code + " " + name));
    TextMeasure.Label label = TextMeasure.label(code.toString(), name, LINK, LINK, 560);
    double h = label.rows() * LINK.lineHeight();
    svg.rect(a, Chrome.MARGIN + 4, y, 4, h, 1, Palette.typeDark(code));
    svg.label(a, Chrome.MARGIN + 16, y + 13, label, LINK, LINK);
    if (!detail.isEmpty()) {
      List<String> lines = TextMeasure.wrap(detail, DETAIL, WIDTH - 2 * Chrome.MARGIN - 600);
      svg.lines(parent, Chrome.MARGIN + 600, y + 13, lines, DETAIL);
      h = Math.max(h, lines.size() * DETAIL.lineHeight());
    }
    return y + h + 5;
  }

  /** A box of a reporting chain: an element and who holds it. */
  private record Step(Code code, String who) {}

  /**
   * One chain per element the person owns (one per distinct parent) or leads: a lead reports to the
   * element's owner, and an owner to the owner of the element above, up to the verksamhetsområde.
   */
  private static double chains(
      Svg svg,
      SnapshotIndex index,
      RoleFacts facts,
      List<RoleAssignment> owned,
      List<RoleAssignment> led,
      String person,
      double y,
      double[] right) {
    Map<Code, List<Step>> chains = new LinkedHashMap<>();
    for (RoleAssignment o : owned) {
      Optional<Code> parent = o.element().parent();
      if (parent.isPresent() && !chains.containsKey(parent.get())) {
        List<Step> steps = new ArrayList<>();
        steps.add(new Step(o.element(), person));
        above(parent.get(), facts, steps);
        chains.put(parent.get(), steps);
      }
    }
    for (RoleAssignment l : led) {
      List<Step> steps = new ArrayList<>();
      steps.add(new Step(l.element(), Texts.t("render.person.asLead", person)));
      above(l.element(), facts, steps);
      chains.putIfAbsent(l.element(), steps);
    }
    if (chains.isEmpty()) {
      return y;
    }
    Element g = svg.group(svg.root(), "chain");
    svg.text(g, Chrome.MARGIN, y + 14, Texts.t("render.person.chain"), SECTION);
    y += 28;
    for (List<Step> steps : chains.values()) {
      List<List<String>> whos = new ArrayList<>();
      List<TextMeasure.Label> labels = new ArrayList<>();
      List<double[]> sizes = new ArrayList<>();
      for (Step step : steps) {
        Code c = step.code();
        List<String> who = TextMeasure.wrap(step.who(), LINK, 174);
        TextMeasure.Label what =
            TextMeasure.label(
                c.toString(),
                index.find(c).map(se.processkarta.model.Element::name).orElse(""),
                CHAIN,
                CHAIN,
                174);
        double w = Math.max(TextMeasure.widest(who, LINK), what.width(CHAIN));
        whos.add(who);
        labels.add(what);
        sizes.add(
            new double[] {
              Math.ceil(Math.max(w, 100)) + 16,
              who.size() * LINK.lineHeight() + what.rows() * CHAIN.lineHeight() + 12
            });
      }
      FlowLayout.Result r = FlowLayout.layout(sizes, 30);
      right[0] = Math.max(right[0], Chrome.MARGIN + r.width());
      for (double[] route : r.edges()) {
        StringBuilder d = new StringBuilder();
        for (int k = 0; k < route.length; k += 2) {
          d.append(k == 0 ? "M" : " L")
              .append(Svg.num(Chrome.MARGIN + route[k]))
              .append(',')
              .append(Svg.num(y + route[k + 1]));
        }
        svg.path(g, d.toString(), Palette.LINE, 1.3, true);
      }
      for (int i = 0; i < steps.size(); i++) {
        Code c = steps.get(i).code();
        double[] n = r.nodes().get(i);
        Element a =
            svg.link(g, c, index.find(c).map(x -> Chrome.tooltip(x, facts)).orElse(c.toString()));
        Element box =
            svg.rect(
                a, Chrome.MARGIN + n[0], y + n[1], n[2], n[3], 6, i == 0 ? "#eef3f8" : "#ffffff");
        Svg.stroke(box, Palette.typeDark(c), 1.2, false);
        List<String> who = whos.get(i);
        svg.lines(a, Chrome.MARGIN + n[0] + 8, y + n[1] + 5 + LINK.size(), who, LINK);
        svg.label(
            a,
            Chrome.MARGIN + n[0] + 8,
            y + n[1] + 5 + LINK.size() + who.size() * LINK.lineHeight(),
            labels.get(i),
            CHAIN,
            CHAIN);
      }
      y += r.height() + 16;
    }
    return y;
  }
}
