package se.processkarta.export;

import jakarta.inject.Singleton;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Map;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.Palette;

/**
 * An uncompressed draw.io file with two pages: the tree (every element in scope, joined parent to
 * child) and the process map (the VT bands and VO areas as containers holding their children).
 * Every shape is an {@code <object>} carrying code, level, owner, lead and a link to the element's
 * page, so draw.io shows them as shape data and follows the link. Labels are plain text ({@code
 * html=0}), so a name is never read as markup.
 */
@Singleton
final class DrawioExporter implements DiagramExporter {

  @Override
  public String format() {
    return "drawio";
  }

  @Override
  public String extension() {
    return "drawio";
  }

  @Override
  public String mediaType() {
    return "application/vnd.jgraph.mxfile";
  }

  @Override
  public String description() {
    return "draw.io/diagrams.net (okomprimerad), en sida med träd och en med processkarta";
  }

  @Override
  public void write(ModelSnapshot snapshot, ExportScope scope, OutputStream out)
      throws IOException {
    Selection s = Selection.of(snapshot, scope);
    try (XmlOut x = XmlOut.open(out)) {
      x.start("mxfile").attr("host", "Processkarta").attr("compressed", "false");
      treePage(x, s);
      mapPage(x, s);
      x.end();
    }
  }

  private static void treePage(XmlOut x, Selection s) {
    Map<Code, Rectangle2D> boxes = TreeGeometry.layout(s);
    page(x, "trad", "Träd", boxes);
    for (Element e : s.elements()) {
      int level = e.level().number();
      String style =
          "rounded=1;whiteSpace=wrap;html=0;fillColor="
              + Palette.levelFill(level)
              + ";fontColor="
              + Palette.levelText(level)
              + ";strokeColor="
              + Palette.typeDark(e.code())
              + ";";
      shape(x, s, e, "t-", "1", style, boxes.get(e.code()));
    }
    for (Element e : s.elements()) {
      for (Element c : s.children(e.code())) {
        x.start("mxCell")
            .attr("id", "t-" + e.code() + "-" + c.code())
            .attr(
                "style",
                "edgeStyle=orthogonalEdgeStyle;rounded=0;html=0;endArrow=none;strokeColor="
                    + Palette.LINE
                    + ";")
            .attr("edge", "1")
            .attr("parent", "1")
            .attr("source", "t-" + e.code())
            .attr("target", "t-" + c.code());
        x.start("mxGeometry").attr("relative", "1").attr("as", "geometry").end();
        x.end();
      }
    }
    endPage(x);
  }

  private static void mapPage(XmlOut x, Selection s) {
    Map<Code, Rectangle2D> boxes = MapGeometry.layout(s);
    page(x, "karta", "Processkarta", boxes);
    for (Map.Entry<Code, Rectangle2D> b : boxes.entrySet()) {
      Code code = b.getKey();
      Element e = s.element(code).orElseThrow();
      boolean band = s.rank(e) == 0;
      boolean box = s.rank(e) >= 2;
      String style;
      String parent = code.parent().filter(boxes::containsKey).map(p -> "m-" + p).orElse("1");
      if (band) {
        style =
            "swimlane;startSize="
                + MapGeometry.HEADER
                + ";html=0;whiteSpace=wrap;container=1;collapsible=0;fillColor="
                + Palette.typeDark(code)
                + ";fontColor=#ffffff;swimlaneFillColor="
                + Palette.typeLight(code)
                + ";strokeColor="
                + Palette.typeDark(code)
                + ";align=left;spacingLeft=8;fontStyle=1;";
      } else if (!box) {
        style =
            "swimlane;startSize="
                + MapGeometry.HEADER
                + ";html=0;whiteSpace=wrap;container=1;collapsible=0;rounded=1;fillColor="
                + Palette.typeMid(code)
                + ";fontColor="
                + Palette.INK
                + ";swimlaneFillColor=#ffffff;strokeColor="
                + Palette.typeDark(code)
                + ";";
      } else {
        style =
            "rounded=1;whiteSpace=wrap;html=0;fillColor="
                + Palette.typeLight(code)
                + ";fontColor="
                + Palette.INK
                + ";strokeColor="
                + Palette.typeDark(code)
                + ";";
      }
      shape(x, s, e, "m-", parent, style, MapGeometry.relative(boxes, code));
    }
    endPage(x);
  }

  private static void page(XmlOut x, String id, String name, Map<Code, Rectangle2D> boxes) {
    double w = 0;
    double h = 0;
    for (Rectangle2D r : boxes.values()) {
      w = Math.max(w, r.getMaxX());
      h = Math.max(h, r.getMaxY());
    }
    x.start("diagram").attr("id", id).attr("name", name);
    x.start("mxGraphModel")
        .attr("grid", "1")
        .attr("gridSize", "10")
        .attr("guides", "1")
        .attr("tooltips", "1")
        .attr("connect", "1")
        .attr("arrows", "1")
        .attr("fold", "1")
        .attr("page", "1")
        .attr("pageScale", "1")
        .attr("pageWidth", Math.round(Math.max(w + 20, 827)))
        .attr("pageHeight", Math.round(Math.max(h + 20, 1169)))
        .attr("math", "0")
        .attr("shadow", "0");
    x.start("root");
    x.start("mxCell").attr("id", "0").end();
    x.start("mxCell").attr("id", "1").attr("parent", "0").end();
  }

  private static void endPage(XmlOut x) {
    x.end().end().end();
  }

  private static void shape(
      XmlOut x, Selection s, Element e, String prefix, String parent, String style, Rectangle2D r) {
    Code c = e.code();
    x.start("object")
        .attr("id", prefix + c)
        .attr("label", Selection.title(e))
        .attr("code", c.toString())
        .attr("level", String.valueOf(e.level().number()))
        .attr("owner", Selection.label(s.owner(c)))
        .attr("lead", Selection.label(s.lead(c)))
        .attr("link", Selection.link(c))
        .attr("tooltip", e.description());
    x.start("mxCell").attr("style", style).attr("vertex", "1").attr("parent", parent);
    x.start("mxGeometry")
        .attr("x", Math.round(r.getX()))
        .attr("y", Math.round(r.getY()))
        .attr("width", Math.round(r.getWidth()))
        .attr("height", Math.round(r.getHeight()))
        .attr("as", "geometry")
        .end();
    x.end();
    x.end();
  }
}
