package se.processkarta.render;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.w3c.dom.Element;
import se.processkarta.model.Code;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.Palette;

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

  /** A cell: its lines and its state. */
  private record Cell(List<Line> lines, RoleMatrix.State state) {}

  static String render(ModelSnapshot snapshot, Optional<Code> root) {
    RoleFacts facts = new RoleFacts(snapshot);
    RoleMatrix matrix = RoleMatrix.of(snapshot, root);
    String title =
        matrix
            .root()
            .map(r -> Texts.t("render.roles.titleOf", r.code(), r.name()))
            .orElseGet(() -> Texts.t("render.roles.title"));
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
    int row = 0;
    for (RoleMatrix.Group group : matrix.groups()) {
      se.processkarta.model.Element g = group.parent();
      Element a = svg.link(table, g.code(), Chrome.tooltip(g, facts));
      TextMeasure.Label label =
          TextMeasure.label(g.code().toString(), g.name(), GROUP, GROUP, tableW - 2 * PAD);
      double gh = 8 + label.rows() * GROUP.lineHeight();
      svg.rect(a, Chrome.MARGIN, y, tableW, gh, 0, Palette.typeLight(g.code()));
      svg.label(a, Chrome.MARGIN + PAD, y + 15, label, GROUP, GROUP);
      y += gh;
      for (RoleMatrix.Row process : group.rows()) {
        se.processkarta.model.Element p = process.process();
        List<Cell> cells = cells(process, colW);
        double h = 0;
        for (Cell c : cells) {
          h = Math.max(h, c.lines().size() * CELL.lineHeight());
        }
        h += 2 * PAD;
        Element r = svg.group(table, "row-" + p.code().toString().replace('.', '-'));
        svg.rect(r, Chrome.MARGIN, y, tableW, h, 0, row++ % 2 == 0 ? "#ffffff" : "#f6f8fa");
        x = Chrome.MARGIN;
        for (int i = 0; i < cells.size(); i++) {
          Cell c = cells.get(i);
          if (c.state() != RoleMatrix.State.PLAIN) {
            boolean gap = c.state() == RoleMatrix.State.GAP;
            Element f =
                svg.rect(
                    r,
                    x + 1,
                    y + 1,
                    colW[i] - 2,
                    h - 2,
                    2,
                    gap ? Palette.GAP_FILL : Palette.CONFLICT_FILL);
            Svg.stroke(f, gap ? Palette.GAP : Palette.CONFLICT, 1, false);
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
    }
    int gaps = matrix.gaps();
    int conflicts = matrix.conflicts();
    if (matrix.groups().isEmpty()) {
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
            Texts.count("render.roles.processes", matrix.processes()),
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

  private static List<Cell> cells(RoleMatrix.Row row, double[] colW) {
    se.processkarta.model.Element p = row.process();
    List<Cell> cells = new ArrayList<>();
    List<Line> process = new ArrayList<>();
    process.add(new Line(p.code().toString(), CODE));
    String name =
        p.status() == ElementStatus.DRAFT
            ? p.name() + " (" + Texts.t("render.status.draft") + ")"
            : p.name();
    wrap(process, name, CELL, colW[0]);
    cells.add(new Cell(process, RoleMatrix.State.PLAIN));

    List<Line> owner = new ArrayList<>();
    for (RoleMatrix.Owner o : row.owners()) {
      wrap(owner, o.person().name(), CELL, colW[1]);
      if (o.delegatedBy().isPresent()) {
        wrap(
            owner,
            Texts.t("render.roles.delegated", o.delegatedBy().get().name()),
            CELL.withFill(Palette.MUTED).asItalic(),
            colW[1]);
      }
    }
    if (row.owners().isEmpty()) {
      owner.add(new Line(Texts.t("render.roles.missing"), CELL.withFill(Palette.GAP).asItalic()));
    }
    cells.add(new Cell(owner, row.ownerState()));

    List<Line> lead = new ArrayList<>();
    for (RoleMatrix.Person l : row.leads()) {
      wrap(lead, l.name(), CELL, colW[2]);
    }
    if (row.ownerAsLead().isPresent()) {
      wrap(
          lead,
          Texts.t("render.roles.ownerAsLead", row.ownerAsLead().get().name()),
          CELL.asItalic(),
          colW[2]);
    } else if (row.leadMissing()) {
      lead.add(new Line(Texts.t("render.roles.missing"), CELL.withFill(Palette.GAP).asItalic()));
    }
    cells.add(new Cell(lead, row.leadState()));

    List<Line> team = new ArrayList<>();
    for (RoleMatrix.Member t : row.team()) {
      wrap(team, t.person().name() + " – " + t.competence(), CELL, colW[3]);
    }
    if (team.isEmpty()) {
      team.add(new Line("–", CELL.withFill(Palette.MUTED)));
    }
    cells.add(new Cell(team, RoleMatrix.State.PLAIN));

    List<Line> resources = new ArrayList<>();
    for (RoleMatrix.Share a : row.resources()) {
      String text = Texts.t("render.roles.allocation", a.person().name(), a.percent(), a.pool());
      if (a.total().isPresent()) {
        text += " · " + Texts.t("render.roles.total", a.total().get());
      }
      wrap(resources, text, CELL, colW[4]);
    }
    if (resources.isEmpty()) {
      resources.add(new Line("–", CELL.withFill(Palette.MUTED)));
    }
    cells.add(new Cell(resources, row.resourceState()));
    return cells;
  }

  private static void wrap(List<Line> out, String text, TextStyle style, double width) {
    for (String l : TextMeasure.wrap(text, style, width - 2 * PAD)) {
      out.add(new Line(l, style));
    }
  }
}
