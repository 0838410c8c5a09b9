package se.processkarta.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import se.processkarta.model.Allocation;
import se.processkarta.model.Code;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.Level;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.Palette;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;
import se.processkarta.model.RoleRules;

/**
 * The role matrix of a subtree: one row per process, with its owner, its effective lead (marked
 * when the owner acts as lead), its team and the resources allocated to it. A missing owner or lead
 * is a gap (red); two owners or leads at once, or a person allocated above 100 %, is a conflict
 * (amber).
 */
final class RoleMatrixRenderer {

  private static final TextStyle HEAD = TextStyle.bold(12, "#ffffff");
  private static final TextStyle CELL = TextStyle.plain(11, Palette.INK);
  private static final TextStyle CODE = TextStyle.bold(11, Palette.INK);
  private static final TextStyle GROUP = TextStyle.bold(12, Palette.INK);
  private static final double[] COLUMNS = {0.25, 0.15, 0.17, 0.21, 0.22};
  private static final double PAD = 6;

  private RoleMatrixRenderer() {}

  /** One line in a cell. */
  private record Line(String text, TextStyle style) {}

  /** A cell: its lines and its state (0 plain, 1 gap, 2 conflict). */
  private record Cell(List<Line> lines, int state) {}

  static String render(ModelSnapshot snapshot, Optional<Code> root) {
    SnapshotIndex index = new SnapshotIndex(snapshot);
    RoleFacts facts = new RoleFacts(snapshot);
    String title;
    List<se.processkarta.model.Element> processes = new ArrayList<>();
    if (root.isPresent()) {
      se.processkarta.model.Element r = index.element(root.get());
      title = Texts.t("render.roles.titleOf", r.code(), r.name());
      collect(index, r, processes);
    } else {
      title = Texts.t("render.roles.title");
      for (se.processkarta.model.Element t : index.tops()) {
        collect(index, t, processes);
      }
    }
    double width = Chrome.A3_WIDTH;
    double tableW = width - 2 * Chrome.MARGIN;
    double[] colW = new double[COLUMNS.length];
    for (int i = 0; i < colW.length; i++) {
      colW[i] = Math.floor(tableW * COLUMNS[i]);
    }
    colW[colW.length - 1] = tableW - colW[0] - colW[1] - colW[2] - colW[3];
    Svg svg = new Svg(width, Chrome.A3_HEIGHT, title, Texts.t("render.roles.desc"));
    double y =
        Chrome.header(svg, snapshot, title, Texts.t("render.roles.asOf", snapshot.date()), width);
    Element table = svg.group(svg.root(), "matrix");
    String[] heads = {
      Texts.t("render.roles.process"),
      Texts.t("render.roles.owner"),
      Texts.t("render.roles.lead"),
      Texts.t("render.roles.team"),
      Texts.t("render.roles.resources")
    };
    svg.rect(table, Chrome.MARGIN, y, tableW, 26, 0, "#2c3e50");
    double x = Chrome.MARGIN;
    for (int i = 0; i < heads.length; i++) {
      svg.text(table, x + PAD, y + 17, heads[i], HEAD);
      x += colW[i];
    }
    y += 26;
    Code group = null;
    int gaps = 0;
    int conflicts = 0;
    int row = 0;
    for (se.processkarta.model.Element p : processes) {
      Code parent = p.code().parent().orElse(p.code());
      if (!parent.equals(group)) {
        group = parent;
        se.processkarta.model.Element g = index.element(parent);
        Element a = svg.link(table, g.code(), Chrome.tooltip(g, facts));
        TextMeasure.Label label =
            TextMeasure.label(g.code().toString(), g.name(), GROUP, GROUP, tableW - 2 * PAD);
        double gh = 8 + label.rows() * GROUP.lineHeight();
        svg.rect(a, Chrome.MARGIN, y, tableW, gh, 0, Palette.typeLight(g.code()));
        svg.label(a, Chrome.MARGIN + PAD, y + 15, label, GROUP, GROUP);
        y += gh;
      }
      List<Cell> cells = cells(p, facts, colW);
      double h = 0;
      for (Cell c : cells) {
        h = Math.max(h, c.lines().size() * CELL.lineHeight());
        gaps += c.state() == 1 ? 1 : 0;
        conflicts += c.state() == 2 ? 1 : 0;
      }
      h += 2 * PAD;
      Element r = svg.group(table, "row-" + p.code().toString().replace('.', '-'));
      svg.rect(r, Chrome.MARGIN, y, tableW, h, 0, row++ % 2 == 0 ? "#ffffff" : "#f6f8fa");
      x = Chrome.MARGIN;
      for (int i = 0; i < cells.size(); i++) {
        Cell c = cells.get(i);
        if (c.state() != 0) {
          Element f =
              svg.rect(
                  r,
                  x + 1,
                  y + 1,
                  colW[i] - 2,
                  h - 2,
                  2,
                  c.state() == 1 ? Palette.GAP_FILL : Palette.CONFLICT_FILL);
          Svg.stroke(f, c.state() == 1 ? Palette.GAP : Palette.CONFLICT, 1, false);
        }
        Element target = i == 0 ? svg.link(r, p.code(), Chrome.tooltip(p, facts)) : r;
        double ly = y + PAD + CELL.size();
        for (Line l : c.lines()) {
          svg.text(target, x + PAD, ly, l.text(), l.style());
          ly += CELL.lineHeight();
        }
        x += colW[i];
      }
      Element line =
          svg.path(
              r,
              "M"
                  + Svg.num(Chrome.MARGIN)
                  + ","
                  + Svg.num(y + h)
                  + " H"
                  + Svg.num(Chrome.MARGIN + tableW),
              "#d5dbe1",
              0.8,
              false);
      line.setAttribute("shape-rendering", "crispEdges");
      y += h;
    }
    if (processes.isEmpty()) {
      svg.text(table, Chrome.MARGIN + PAD, y + 20, Texts.t("render.roles.none"), CELL.asItalic());
      y += 30;
    }
    y += 12;
    svg.text(
        svg.root(),
        Chrome.MARGIN,
        y + 12,
        String.join(
            " · ",
            Texts.count("render.roles.processes", processes.size()),
            Texts.count("render.roles.gaps", gaps),
            Texts.count("render.roles.conflicts", conflicts)),
        CODE);
    y += 24;
    List<Chrome.Item> legend = new ArrayList<>();
    if (gaps > 0) {
      legend.add(
          new Chrome.Item(Palette.GAP_FILL, Palette.GAP, false, Texts.t("render.roles.gap")));
    }
    if (conflicts > 0) {
      legend.add(
          new Chrome.Item(
              Palette.CONFLICT_FILL, Palette.CONFLICT, false, Texts.t("render.roles.conflict")));
    }
    y += Chrome.legend(svg, Chrome.MARGIN, y, legend);
    svg.resize(width, y + Chrome.MARGIN);
    return svg.toXml();
  }

  private static void collect(
      SnapshotIndex index,
      se.processkarta.model.Element e,
      List<se.processkarta.model.Element> out) {
    if (e.level() == Level.PROCESS) {
      if (e.status() != ElementStatus.RETIRED) {
        out.add(e);
      }
      return;
    }
    for (se.processkarta.model.Element c : index.children(e.code())) {
      collect(index, c, out);
    }
  }

  private static List<Cell> cells(se.processkarta.model.Element p, RoleFacts facts, double[] colW) {
    List<Cell> cells = new ArrayList<>();
    List<Line> process = new ArrayList<>();
    process.add(new Line(p.code().toString(), CODE));
    String name =
        p.status() == ElementStatus.DRAFT
            ? p.name() + " (" + Texts.t("render.status.draft") + ")"
            : p.name();
    wrap(process, name, CELL, colW[0]);
    cells.add(new Cell(process, 0));

    List<RoleAssignment> owners = facts.on(p.code(), RoleKind.OWNER);
    List<Line> owner = new ArrayList<>();
    for (RoleAssignment o : owners) {
      wrap(owner, facts.name(o.personId()), CELL, colW[1]);
      if (o.delegatedBy() != null) {
        wrap(
            owner,
            Texts.t("render.roles.delegated", facts.name(o.delegatedBy())),
            CELL.withFill(Palette.MUTED).asItalic(),
            colW[1]);
      }
    }
    boolean gap = facts.isGap(p);
    int ownerState = owners.size() > 1 ? 2 : gap ? 1 : 0;
    if (owners.isEmpty()) {
      owner.add(new Line(Texts.t("render.roles.missing"), CELL.withFill(Palette.GAP).asItalic()));
    }
    cells.add(new Cell(owner, ownerState));

    List<RoleAssignment> leads = facts.on(p.code(), RoleKind.LEAD);
    List<Line> lead = new ArrayList<>();
    int leadState = leads.size() > 1 ? 2 : 0;
    for (RoleAssignment l : leads) {
      wrap(lead, facts.name(l.personId()), CELL, colW[2]);
    }
    // Who leads in practice is RoleRules' to say: the appointed lead, or else the owner.
    Optional<RoleRules.EffectiveLead<RoleAssignment>> effective = facts.effectiveLead(p.code());
    if (effective.isPresent() && effective.get().basis() == RoleRules.LeadBasis.OWNER) {
      wrap(
          lead,
          Texts.t("render.roles.ownerAsLead", facts.name(effective.get().person().personId())),
          CELL.asItalic(),
          colW[2]);
    } else if (effective.isEmpty()) {
      lead.add(new Line(Texts.t("render.roles.missing"), CELL.withFill(Palette.GAP).asItalic()));
      leadState = gap ? 1 : 0;
    }
    cells.add(new Cell(lead, leadState));

    List<Line> team = new ArrayList<>();
    for (RoleAssignment t : facts.on(p.code(), RoleKind.TEAM_MEMBER)) {
      wrap(team, facts.name(t.personId()) + " – " + t.competence(), CELL, colW[3]);
    }
    if (team.isEmpty()) {
      team.add(new Line("–", CELL.withFill(Palette.MUTED)));
    }
    cells.add(new Cell(team, 0));

    List<Line> resources = new ArrayList<>();
    int resourceState = 0;
    for (Allocation a : facts.allocationsOn(p.code())) {
      String text =
          Texts.t(
              "render.roles.allocation",
              facts.name(a.personId()),
              a.percent(),
              facts.poolName(a.poolId()));
      if (facts.overAllocated(a.personId())) {
        resourceState = 2;
        text += " · " + Texts.t("render.roles.total", facts.allocatedPercent(a.personId()));
      }
      wrap(resources, text, CELL, colW[4]);
    }
    if (resources.isEmpty()) {
      resources.add(new Line("–", CELL.withFill(Palette.MUTED)));
    }
    cells.add(new Cell(resources, resourceState));
    return cells;
  }

  private static void wrap(List<Line> out, String text, TextStyle style, double width) {
    for (String l : TextMeasure.wrap(text, style, width - 2 * PAD)) {
      out.add(new Line(l, style));
    }
  }
}
