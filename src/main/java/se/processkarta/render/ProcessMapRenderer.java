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
 * The process map. The whole model (or one verksamhetstyp) is drawn in the classic bands, Ledning
 * on top, Kärnverksamhet as the wide middle arrow and Verksamhetsstöd at the bottom, each
 * verksamhetsområde a box listing its process groups. A verksamhetsområde shows its process groups
 * with their processes; a process group (or a process) shows each process with its activities as a
 * flow in code order.
 */
final class ProcessMapRenderer {

  private static final double GAP = 12;
  private static final double BAND_LABEL = 170;
  private static final double ARROW = 36;
  private static final int MAX_COLUMNS = 7;

  /** Narrower boxes than this cut too many names short; such layouts are not chosen. */
  private static final double MIN_BOX_WIDTH = 180;

  private static final TextStyle BAND = TextStyle.bold(14, "#ffffff");
  private static final TextStyle HEAD = TextStyle.bold(12.5f, "#ffffff");
  private static final TextStyle ITEM = TextStyle.plain(11, Palette.INK);
  private static final TextStyle STEP = TextStyle.plain(11.5f, Palette.INK);
  private static final TextStyle NOTE = TextStyle.plain(11, Palette.MUTED).asItalic();

  private ProcessMapRenderer() {}

  static String render(ModelSnapshot snapshot, Optional<Code> root) {
    SnapshotIndex index = new SnapshotIndex(snapshot);
    RoleFacts facts = new RoleFacts(snapshot);
    if (root.isEmpty()) {
      return bands(snapshot, index, facts, index.bands(), Texts.t("render.map.title"));
    }
    se.processkarta.model.Element e = index.element(root.get());
    String title = Texts.t("render.map.titleOf", e.code(), e.name());
    return switch (e.level()) {
      case BUSINESS_TYPE -> bands(snapshot, index, facts, List.of(e), title);
      case BUSINESS_AREA -> area(snapshot, index, facts, e, title);
      case PROCESS_GROUP -> flows(snapshot, index, facts, index.children(e.code()), title);
      case PROCESS -> flows(snapshot, index, facts, List.of(e), title);
      case ACTIVITY -> {
        se.processkarta.model.Element process = index.element(e.code().parent().orElseThrow());
        yield flows(
            snapshot,
            index,
            facts,
            List.of(process),
            Texts.t("render.map.titleOf", process.code(), process.name()));
      }
    };
  }

  /** A box: a coloured heading and a list of linked chips. Sized before it is drawn. */
  private record Box(
      se.processkarta.model.Element element,
      TextMeasure.Label heading,
      List<se.processkarta.model.Element> items,
      List<TextMeasure.Label> itemLines,
      double height) {

    boolean hasDraft() {
      return element.status() == ElementStatus.DRAFT
          || items.stream().anyMatch(i -> i.status() == ElementStatus.DRAFT);
    }
  }

  private static Box box(
      se.processkarta.model.Element e, List<se.processkarta.model.Element> items, double width) {
    TextMeasure.Label heading =
        TextMeasure.label(e.code().toString(), e.name(), HEAD, HEAD, width - 16);
    double h = 10 + heading.rows() * HEAD.lineHeight() + 8;
    List<TextMeasure.Label> lines = new ArrayList<>();
    for (se.processkarta.model.Element item : items) {
      TextMeasure.Label l =
          TextMeasure.label(item.code().toString(), item.name(), ITEM, ITEM, width - 24);
      lines.add(l);
      h += l.rows() * ITEM.lineHeight() + 7;
    }
    h += items.isEmpty() ? ITEM.lineHeight() + 8 : 4;
    return new Box(e, heading, items, lines, h);
  }

  private static void drawBox(
      Svg svg, Element parent, RoleFacts facts, Box b, double x, double y, double w) {
    Code code = b.element().code();
    Element g = svg.group(parent, null);
    Element frame = svg.rect(g, x, y, w, b.height(), 6, "#ffffff");
    Svg.stroke(frame, Palette.typeDark(code), 1.2, b.element().status() == ElementStatus.DRAFT);
    Element head = svg.link(g, code, Chrome.tooltip(b.element(), facts));
    double headH = 10 + b.heading().rows() * HEAD.lineHeight();
    svg.rect(head, x, y, w, headH + 2, 6, Palette.typeDark(code));
    svg.label(head, x + 8, y + 4 + HEAD.size(), b.heading(), HEAD, HEAD);
    double cy = y + headH + 8;
    if (b.items().isEmpty()) {
      svg.text(g, x + 10, cy + NOTE.size(), Texts.t("render.map.empty"), NOTE);
    }
    for (int i = 0; i < b.items().size(); i++) {
      se.processkarta.model.Element item = b.items().get(i);
      TextMeasure.Label lines = b.itemLines().get(i);
      double ih = lines.rows() * ITEM.lineHeight() + 4;
      Element a = svg.link(g, item.code(), Chrome.tooltip(item, facts));
      Element chip = svg.rect(a, x + 6, cy, w - 12, ih, 3, Palette.typeLight(code));
      if (item.status() == ElementStatus.DRAFT) {
        Svg.stroke(chip, Palette.typeDark(code), 0.8, true);
      }
      svg.label(a, x + 12, cy + 2 + ITEM.size(), lines, ITEM, ITEM);
      cy += ih + 3;
    }
  }

  /** The legend entry for drafts, drawn as the drafts in the diagram are; none without drafts. */
  private static Optional<Chrome.Item> draftItem(List<Box> boxes) {
    for (Box b : boxes) {
      Code code = b.element().code();
      if (b.element().status() == ElementStatus.DRAFT) {
        return Optional.of(
            new Chrome.Item(
                "#ffffff", Palette.typeDark(code), true, Texts.t("render.status.draft")));
      }
      if (b.hasDraft()) {
        return Optional.of(
            new Chrome.Item(
                Palette.typeLight(code),
                Palette.typeDark(code),
                true,
                Texts.t("render.status.draft")));
      }
    }
    return Optional.empty();
  }

  /** A drawing with its size, to compare candidate layouts. */
  private record Drawn(
      String svg, double width, double height, double narrowestBox, boolean wordsFit) {
    /** How much the drawing must shrink to fit an A3 landscape page (1 = not at all). */
    double printScale() {
      return Math.min(1, Math.min(Chrome.A3_WIDTH / width, Chrome.A3_HEIGHT / height));
    }
  }

  /**
   * The band map in the page shape that prints largest on A3 (or A4) landscape: a few page widths
   * and column limits are tried, and the one that needs the least shrinking wins (the first on a
   * tie, so the choice is deterministic).
   */
  private static String bands(
      ModelSnapshot snapshot,
      SnapshotIndex index,
      RoleFacts facts,
      List<se.processkarta.model.Element> types,
      String title) {
    Drawn best = null;
    for (double width : new double[] {Chrome.A3_WIDTH, 1900, 2245}) {
      for (int columns : new int[] {MAX_COLUMNS, 9, 14}) {
        Drawn d = bands(snapshot, index, facts, types, title, width, columns);
        // Legible: boxes wide enough, and no word broken between letters because it is wider
        // than its box; the first such layout beats any that breaks words.
        boolean legible = d.narrowestBox() >= MIN_BOX_WIDTH && d.wordsFit();
        boolean bestLegible =
            best != null && best.narrowestBox() >= MIN_BOX_WIDTH && best.wordsFit();
        if (best == null
            || legible && !bestLegible
            || legible && d.printScale() > best.printScale() + 0.01) {
          best = d;
        }
      }
    }
    return best.svg();
  }

  private static Drawn bands(
      ModelSnapshot snapshot,
      SnapshotIndex index,
      RoleFacts facts,
      List<se.processkarta.model.Element> types,
      String title,
      double width,
      int maxColumns) {
    Svg svg = new Svg(width, Chrome.A3_HEIGHT, title, Texts.t("render.map.desc"));
    double y = Chrome.header(svg, snapshot, title, "", width);
    double gridX = Chrome.MARGIN + BAND_LABEL + 16;
    double narrowest = Double.MAX_VALUE;
    boolean wordsFit = true;
    Element content = svg.group(svg.root(), "map");
    List<Box> all = new ArrayList<>();
    for (se.processkarta.model.Element type : types) {
      boolean core = type.code().segments().get(0) == 3;
      double gridW = width - Chrome.MARGIN - gridX - 16 - (core ? ARROW : 0);
      List<se.processkarta.model.Element> areas = index.children(type.code());
      int n = Math.max(areas.size(), 1);
      int rows = (n + maxColumns - 1) / maxColumns;
      int cols = (n + rows - 1) / rows;
      double boxW = (gridW - (cols - 1) * GAP) / cols;
      narrowest = Math.min(narrowest, boxW);
      for (se.processkarta.model.Element area : areas) {
        wordsFit &= TextMeasure.widestWord(area.name(), HEAD) <= boxW - 16;
        for (se.processkarta.model.Element item : index.children(area.code())) {
          wordsFit &= TextMeasure.widestWord(item.name(), ITEM) <= boxW - 24;
        }
      }
      List<Box> boxes = new ArrayList<>();
      for (se.processkarta.model.Element area : areas) {
        boxes.add(box(area, index.children(area.code()), boxW));
      }
      all.addAll(boxes);
      List<String> label = TextMeasure.wrap(type.name(), BAND, BAND_LABEL - 24);
      double labelH = 30 + 8 + label.size() * BAND.lineHeight() + 16;
      double[] rowH = new double[rows];
      for (int i = 0; i < boxes.size(); i++) {
        rowH[i / cols] = Math.max(rowH[i / cols], boxes.get(i).height());
      }
      double bandH = 32;
      for (double h : rowH) {
        bandH += h;
      }
      bandH = Math.max(bandH + (rows - 1) * GAP, labelH);
      Element band = svg.group(content, "band-" + type.code());
      double x0 = Chrome.MARGIN;
      double x1 = width - Chrome.MARGIN;
      String outline =
          core
              ? "M"
                  + Svg.num(x0)
                  + ","
                  + Svg.num(y)
                  + " H"
                  + Svg.num(x1 - ARROW)
                  + " L"
                  + Svg.num(x1)
                  + ","
                  + Svg.num(y + bandH / 2)
                  + " L"
                  + Svg.num(x1 - ARROW)
                  + ","
                  + Svg.num(y + bandH)
                  + " H"
                  + Svg.num(x0)
                  + " Z"
              : "M"
                  + Svg.num(x0)
                  + ","
                  + Svg.num(y)
                  + " H"
                  + Svg.num(x1)
                  + " V"
                  + Svg.num(y + bandH)
                  + " H"
                  + Svg.num(x0)
                  + " Z";
      Element bg = svg.add(band, "path");
      bg.setAttribute("d", outline);
      bg.setAttribute("fill", Palette.typeLight(type.code()));
      Svg.stroke(bg, Palette.typeMid(type.code()), 1.5, false);
      Element head = svg.link(band, type.code(), Chrome.tooltip(type, facts));
      svg.rect(head, x0, y, BAND_LABEL, bandH, 0, Palette.typeDark(type.code()));
      // The band's name sits in the middle of its head, however tall the band is.
      double ly = y + (bandH - labelH) / 2;
      svg.text(head, x0 + 12, ly + 30, type.code().toString(), TextStyle.bold(26, "#ffffff"));
      svg.lines(head, x0 + 12, ly + 30 + 26, label, BAND);
      double by = y + 16;
      for (int r = 0; r < rows; r++) {
        for (int c = 0; c < cols; c++) {
          int i = r * cols + c;
          if (i < boxes.size()) {
            drawBox(svg, band, facts, boxes.get(i), gridX + c * (boxW + GAP), by, boxW);
          }
        }
        by += rowH[r] + GAP;
      }
      y += bandH + 14;
    }
    List<Chrome.Item> legend = new ArrayList<>();
    for (se.processkarta.model.Element type : types) {
      Code c = type.code();
      int t = c.segments().get(0);
      legend.add(
          new Chrome.Item(
              Palette.typeDark(c),
              Palette.typeDark(c),
              false,
              t >= 1 && t <= 3 ? Texts.t("render.type." + t) : type.name()));
    }
    draftItem(all).ifPresent(legend::add);
    y += 6;
    y += Chrome.legend(svg, Chrome.MARGIN, y, legend);
    double height = y + Chrome.MARGIN;
    svg.resize(width, height);
    return new Drawn(svg.toXml(), width, height, narrowest, wordsFit);
  }

  private static String area(
      ModelSnapshot snapshot,
      SnapshotIndex index,
      RoleFacts facts,
      se.processkarta.model.Element area,
      String t) {
    double width = Chrome.A3_WIDTH;
    Svg svg = new Svg(width, Chrome.A3_HEIGHT, t, Texts.t("render.map.desc"));
    double y = Chrome.header(svg, snapshot, t, "", width);
    List<se.processkarta.model.Element> groups = index.children(area.code());
    int cols = Math.max(1, Math.min(4, groups.size()));
    double gridW = width - 2 * Chrome.MARGIN;
    double boxW = (gridW - (cols - 1) * GAP) / cols;
    List<Box> boxes = new ArrayList<>();
    for (se.processkarta.model.Element g : groups) {
      boxes.add(box(g, index.children(g.code()), boxW));
    }
    Element content = svg.group(svg.root(), "map");
    int rows = (boxes.size() + cols - 1) / cols;
    for (int r = 0; r < rows; r++) {
      double rowH = 0;
      for (int c = 0; c < cols && r * cols + c < boxes.size(); c++) {
        Box b = boxes.get(r * cols + c);
        rowH = Math.max(rowH, b.height());
        // Each box keeps its own height: an empty group stays small.
        drawBox(svg, content, facts, b, Chrome.MARGIN + c * (boxW + GAP), y, boxW);
      }
      y += rowH + GAP;
    }
    if (boxes.isEmpty()) {
      svg.text(content, Chrome.MARGIN, y + 14, Texts.t("render.map.empty"), NOTE);
      y += 30;
    }
    y += 10;
    List<Chrome.Item> legend = new ArrayList<>();
    if (!boxes.isEmpty()) {
      Code code = area.code();
      legend.add(
          new Chrome.Item(
              Palette.typeDark(code),
              Palette.typeDark(code),
              false,
              Texts.t("render.map.heading")));
      if (boxes.stream().anyMatch(b -> !b.items().isEmpty())) {
        legend.add(
            new Chrome.Item(
                Palette.typeLight(code),
                Palette.typeLight(code),
                false,
                Texts.t("render.map.item")));
      }
      draftItem(boxes).ifPresent(legend::add);
    }
    y += Chrome.legend(svg, Chrome.MARGIN, y, legend);
    svg.resize(width, y + Chrome.MARGIN);
    return svg.toXml();
  }

  private static String flows(
      ModelSnapshot snapshot,
      SnapshotIndex index,
      RoleFacts facts,
      List<se.processkarta.model.Element> processes,
      String title) {
    double procW = 250;
    double flowX = Chrome.MARGIN + procW + 40;
    List<TextMeasure.Label> procLines = new ArrayList<>();
    List<FlowLayout.Result> layouts = new ArrayList<>();
    List<List<TextMeasure.Label>> stepLines = new ArrayList<>();
    double contentW = procW + 20;
    boolean anySteps = false;
    boolean anyDraft = false;
    for (se.processkarta.model.Element p : processes) {
      procLines.add(TextMeasure.label(p.code().toString(), p.name(), HEAD, HEAD, procW - 20));
      anyDraft |= p.status() == ElementStatus.DRAFT;
      List<double[]> sizes = new ArrayList<>();
      List<TextMeasure.Label> lines = new ArrayList<>();
      for (se.processkarta.model.Element a : index.children(p.code())) {
        TextMeasure.Label l = TextMeasure.label(a.code().toString(), a.name(), STEP, STEP, 170);
        lines.add(l);
        sizes.add(
            new double[] {
              Math.max(Math.ceil(l.width(STEP)) + 20, 90), l.rows() * STEP.lineHeight() + 18
            });
        anyDraft |= a.status() == ElementStatus.DRAFT;
      }
      stepLines.add(lines);
      FlowLayout.Result r = sizes.isEmpty() ? null : FlowLayout.layout(sizes, 28);
      layouts.add(r);
      if (r != null) {
        anySteps = true;
        contentW = Math.max(contentW, flowX - Chrome.MARGIN + r.width() + 10);
      } else {
        contentW =
            Math.max(
                contentW,
                flowX
                    - Chrome.MARGIN
                    + TextMeasure.width(Texts.t("render.map.noActivities"), NOTE)
                    + 10);
      }
    }
    Code any = processes.isEmpty() ? new Code(List.of(3)) : processes.get(0).code();
    List<Chrome.Item> legend = new ArrayList<>();
    if (!processes.isEmpty()) {
      legend.add(
          new Chrome.Item(
              Palette.typeDark(any), Palette.typeDark(any), false, Texts.t("render.level.4")));
    }
    if (anySteps) {
      legend.add(
          new Chrome.Item("#ffffff", Palette.typeDark(any), false, Texts.t("render.level.5")));
    }
    if (anyDraft) {
      legend.add(
          new Chrome.Item(
              processes.stream().anyMatch(p -> p.status() == ElementStatus.DRAFT)
                  ? Palette.typeDark(any)
                  : "#ffffff",
              Palette.typeDark(any),
              true,
              Texts.t("render.status.draft")));
    }
    double width =
        Math.max(
                Math.max(contentW, Chrome.legendWidth(legend)),
                Math.max(Chrome.headerWidth(snapshot, title, ""), 480))
            + 2 * Chrome.MARGIN;
    Svg svg = new Svg(width, Chrome.A3_HEIGHT, title, Texts.t("render.map.desc"));
    double y = Chrome.header(svg, snapshot, title, "", width);
    Element content = svg.group(svg.root(), "map");
    for (int i = 0; i < processes.size(); i++) {
      se.processkarta.model.Element p = processes.get(i);
      Code code = p.code();
      FlowLayout.Result r = layouts.get(i);
      double procH = procLines.get(i).rows() * HEAD.lineHeight() + 20;
      double rowH = Math.max(procH, r == null ? 0 : r.height()) + 20;
      Element row = svg.group(content, "flow-" + code.toString().replace('.', '-'));
      Element lane =
          svg.rect(
              row, Chrome.MARGIN, y, width - 2 * Chrome.MARGIN, rowH, 6, Palette.typeLight(code));
      Svg.stroke(lane, Palette.typeMid(code), 1, false);
      Element a = svg.link(row, code, Chrome.tooltip(p, facts));
      double py = y + (rowH - procH) / 2;
      Element box = svg.rect(a, Chrome.MARGIN + 10, py, procW, procH, 6, Palette.typeDark(code));
      Svg.stroke(box, Palette.typeDark(code), 1.2, p.status() == ElementStatus.DRAFT);
      if (p.status() == ElementStatus.DRAFT) {
        box.setAttribute("stroke", "#ffffff");
      }
      svg.label(a, Chrome.MARGIN + 20, py + 10 + HEAD.size(), procLines.get(i), HEAD, HEAD);
      if (r == null) {
        svg.text(row, flowX, y + rowH / 2 + 4, Texts.t("render.map.noActivities"), NOTE);
      } else {
        double fy = y + (rowH - r.height()) / 2;
        List<se.processkarta.model.Element> steps = index.children(code);
        double startY = fy + r.nodes().get(0)[1] + r.nodes().get(0)[3] / 2;
        Element first =
            svg.path(
                row,
                "M"
                    + Svg.num(Chrome.MARGIN + 10 + procW)
                    + ","
                    + Svg.num(startY)
                    + " H"
                    + Svg.num(flowX + r.nodes().get(0)[0]),
                Palette.LINE,
                1.4,
                true);
        first.setAttribute("data-from", code.toString());
        first.setAttribute("data-to", steps.get(0).code().toString());
        for (int k = 0; k < r.edges().size(); k++) {
          double[] route = r.edges().get(k);
          StringBuilder d = new StringBuilder();
          for (int m = 0; m < route.length; m += 2) {
            d.append(m == 0 ? "M" : " L")
                .append(Svg.num(flowX + route[m]))
                .append(',')
                .append(Svg.num(fy + route[m + 1]));
          }
          Element edge = svg.path(row, d.toString(), Palette.LINE, 1.4, true);
          edge.setAttribute("data-from", steps.get(k).code().toString());
          edge.setAttribute("data-to", steps.get(k + 1).code().toString());
        }
        for (int k = 0; k < steps.size(); k++) {
          se.processkarta.model.Element s = steps.get(k);
          double[] n = r.nodes().get(k);
          Element sa = svg.link(row, s.code(), Chrome.tooltip(s, facts));
          Element sb = svg.rect(sa, flowX + n[0], fy + n[1], n[2], n[3], 8, "#ffffff");
          Svg.stroke(sb, Palette.typeDark(code), 1.2, s.status() == ElementStatus.DRAFT);
          svg.label(
              sa,
              flowX + n[0] + 10,
              fy + n[1] + 9 + STEP.size(),
              stepLines.get(i).get(k),
              STEP,
              STEP);
        }
      }
      y += rowH + GAP;
    }
    if (processes.isEmpty()) {
      svg.text(content, Chrome.MARGIN, y + 14, Texts.t("render.map.empty"), NOTE);
      y += 20;
    } else {
      y += 10;
    }
    y += Chrome.legend(svg, Chrome.MARGIN, y, legend);
    svg.resize(width, y + Chrome.MARGIN);
    return svg.toXml();
  }
}
