package se.processkarta.export;

import jakarta.inject.Singleton;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.Level;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.Palette;

/**
 * GraphML with yEd's extensions: an element with children in scope is a group node holding them in
 * a nested graph, so yEd shows the hierarchy as nested boxes that fold; the rest are shape nodes.
 * Colours and labels are yEd's realizers; code, level, name, owner, lead and link are plain GraphML
 * data too, so any GraphML reader gets them. The activities of a process are joined in code order
 * by edges (the process flow).
 */
@Singleton
final class GraphmlExporter implements DiagramExporter {

  static final String NS = "http://graphml.graphdrawing.org/xmlns";
  static final String Y = "http://www.yworks.com/xml/graphml";
  static final String YFILES_SCHEMA =
      NS + " http://www.yworks.com/xml/schema/graphml/1.1/ygraphml.xsd";

  private static final String[][] NODE_DATA = {
    {"d1", "kod"},
    {"d2", "nivå"},
    {"d3", "namn"},
    {"d4", "processägare"},
    {"d5", "processledare"},
    {"d6", "url"},
    {"d7", "description"},
  };

  @Override
  public String format() {
    return "graphml";
  }

  @Override
  public String extension() {
    return "graphml";
  }

  @Override
  public String mediaType() {
    return "application/graphml+xml";
  }

  @Override
  public String description() {
    return "GraphML med yEd-tillägg (grupper för hierarkin, färger, etiketter)";
  }

  @Override
  public void write(ModelSnapshot snapshot, ExportScope scope, OutputStream out)
      throws IOException {
    Selection s = Selection.of(snapshot, scope);
    Map<Code, Rectangle2D> boxes = TreeGeometry.layout(s);
    try (XmlOut x = XmlOut.open(out)) {
      x.start("graphml")
          .defaultNamespace(NS)
          .namespace("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI)
          .namespace("y", Y)
          .attr(
              "xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "schemaLocation", YFILES_SCHEMA);
      x.start("key").attr("id", "d0").attr("for", "node").attr("yfiles.type", "nodegraphics").end();
      for (String[] d : NODE_DATA) {
        x.start("key")
            .attr("id", d[0])
            .attr("for", "node")
            .attr("attr.name", d[1])
            .attr("attr.type", "string")
            .end();
      }
      x.start("key").attr("id", "d8").attr("for", "edge").attr("yfiles.type", "edgegraphics").end();
      x.start("graph").attr("id", "G").attr("edgedefault", "directed");
      for (Element e : s.tops()) {
        node(x, s, boxes, e);
      }
      x.end();
      x.end();
    }
  }

  private static void node(XmlOut x, Selection s, Map<Code, Rectangle2D> boxes, Element e) {
    Code c = e.code();
    List<Element> children = s.children(c);
    boolean group = !children.isEmpty();
    x.start("node").attr("id", Selection.id(c));
    if (group) {
      x.attr("yfiles.foldertype", "group");
    }
    data(x, "d1", c.toString());
    data(x, "d2", String.valueOf(e.level().number()));
    data(x, "d3", e.name());
    data(x, "d4", Selection.label(s.owner(c)));
    data(x, "d5", Selection.label(s.lead(c)));
    data(x, "d6", Selection.link(c));
    data(x, "d7", e.description());
    Rectangle2D r = boxes.get(c);
    int level = e.level().number();
    x.start("data").attr("key", "d0");
    if (group) {
      x.start("y", "ProxyAutoBoundsNode", Y).start("y", "Realizers", Y).attr("active", "0");
      x.start("y", "GroupNode", Y);
      geometry(x, r);
      x.start("y", "Fill", Y)
          .attr("color", Palette.typeLight(c))
          .attr("transparent", "false")
          .end();
      border(x, c);
      x.start("y", "NodeLabel", Y)
          .attr("alignment", "left")
          .attr("autoSizePolicy", "node_width")
          .attr("backgroundColor", Palette.levelFill(level))
          .attr("textColor", Palette.levelText(level))
          .attr("modelName", "internal")
          .attr("modelPosition", "t")
          .text(Selection.title(e))
          .end();
      x.start("y", "Shape", Y).attr("type", "roundrectangle").end();
      x.start("y", "State", Y).attr("closed", "false").end();
      x.end().end().end();
    } else {
      x.start("y", "ShapeNode", Y);
      geometry(x, r);
      x.start("y", "Fill", Y)
          .attr("color", Palette.levelFill(level))
          .attr("transparent", "false")
          .end();
      border(x, c);
      x.start("y", "NodeLabel", Y)
          .attr("textColor", Palette.levelText(level))
          .text(Selection.title(e))
          .end();
      x.start("y", "Shape", Y).attr("type", "roundrectangle").end();
      x.end();
    }
    x.end();
    if (group) {
      x.start("graph").attr("id", Selection.id(c) + ":").attr("edgedefault", "directed");
      for (Element child : children) {
        node(x, s, boxes, child);
      }
      if (e.level() == Level.PROCESS) {
        for (int i = 0; i + 1 < children.size(); i++) {
          Code from = children.get(i).code();
          Code to = children.get(i + 1).code();
          x.start("edge")
              .attr("id", "f-" + from + "-" + to)
              .attr("source", Selection.id(from))
              .attr("target", Selection.id(to));
          x.start("data").attr("key", "d8");
          x.start("y", "PolyLineEdge", Y);
          x.start("y", "LineStyle", Y)
              .attr("color", Palette.typeDark(c))
              .attr("type", "line")
              .attr("width", "1.0")
              .end();
          x.start("y", "Arrows", Y).attr("source", "none").attr("target", "standard").end();
          x.end();
          x.end();
          x.end();
        }
      }
      x.end();
    }
    x.end();
  }

  private static void geometry(XmlOut x, Rectangle2D r) {
    x.start("y", "Geometry", Y)
        .attr("x", Math.round(r.getX()))
        .attr("y", Math.round(r.getY()))
        .attr("width", Math.round(r.getWidth()))
        .attr("height", Math.round(r.getHeight()))
        .end();
  }

  private static void border(XmlOut x, Code c) {
    x.start("y", "BorderStyle", Y)
        .attr("color", Palette.typeDark(c))
        .attr("type", "line")
        .attr("width", "1.0")
        .end();
  }

  private static void data(XmlOut x, String key, String value) {
    if (value != null && !value.isEmpty()) {
      x.start("data").attr("key", key).text(value).end();
    }
  }
}
