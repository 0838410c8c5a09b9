package se.processkarta.render;

import java.util.List;
import org.apache.batik.anim.dom.SVGDOMImplementation;
import org.apache.batik.dom.GenericDOMImplementation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;
import se.processkarta.model.Code;

/**
 * A thin builder over Batik's DOM (the generic implementation that SVGGraphics2D also writes to,
 * lighter than the SVG DOM and free of defaulted attributes). Text goes in as DOM text, so the
 * serializer escapes it; numbers are written with at most one decimal in a locale-independent way,
 * and nothing random or time-dependent is written, so the same calls give the same bytes. One
 * instance per drawing.
 */
final class Svg {

  static final String NS = SVGDOMImplementation.SVG_NAMESPACE_URI;
  static final String XLINK = "http://www.w3.org/1999/xlink";
  static final String FONT_FAMILY = "'DejaVu Sans', Verdana, sans-serif";

  private final Document doc;
  private final Element root;
  private final Element defs;
  private final Element background;

  /** Markup written straight into a group, for drawings too large for a DOM (see {@link #raw}). */
  private final java.util.Map<Element, StringBuilder> raw = new java.util.IdentityHashMap<>();

  Svg(double width, double height, String title, String description) {
    doc = GenericDOMImplementation.getDOMImplementation().createDocument(NS, "svg", null);
    root = doc.getDocumentElement();
    root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns", NS);
    root.setAttributeNS("http://www.w3.org/2000/xmlns/", "xmlns:xlink", XLINK);
    root.setAttribute("version", "1.1");
    root.setAttribute("font-family", FONT_FAMILY);
    newline(root);
    add(root, "title").setTextContent(title);
    add(root, "desc").setTextContent(description);
    defs = add(root, "defs");
    Element marker = add(defs, "marker");
    marker.setAttribute("id", "arrow");
    marker.setAttribute("viewBox", "0 0 10 10");
    marker.setAttribute("refX", "9");
    marker.setAttribute("refY", "5");
    marker.setAttribute("markerWidth", "7");
    marker.setAttribute("markerHeight", "7");
    marker.setAttribute("orient", "auto");
    Element tip = doc.createElementNS(NS, "path");
    tip.setAttribute("d", "M0,0 L10,5 L0,10 z");
    tip.setAttribute("fill", "#4a5560");
    marker.appendChild(tip);
    background = add(root, "rect");
    background.setAttribute("fill", "#ffffff");
    resize(width, height);
  }

  /** Sets the drawing's size once the layout knows it. */
  void resize(double width, double height) {
    root.setAttribute("width", num(width));
    root.setAttribute("height", num(height));
    root.setAttribute("viewBox", "0 0 " + num(width) + " " + num(height));
    background.setAttribute("width", num(width));
    background.setAttribute("height", num(height));
  }

  Element root() {
    return root;
  }

  /** A child element, followed by a line break so that the file diffs well. */
  Element add(Element parent, String name) {
    Element e = doc.createElementNS(NS, name);
    parent.appendChild(e);
    if (!"text".equals(parent.getLocalName())) {
      newline(parent);
    }
    return e;
  }

  Element group(Element parent, String id) {
    Element g = add(parent, "g");
    if (id != null) {
      g.setAttribute("id", id);
    }
    newline(g);
    return g;
  }

  /** A link to the element's page with a tooltip; draw the box and its text inside it. */
  Element link(Element parent, Code code, String tooltip) {
    Element a = add(parent, "a");
    a.setAttributeNS(XLINK, "xlink:href", "/processer/" + code);
    newline(a);
    add(a, "title").setTextContent(tooltip);
    return a;
  }

  Element rect(Element parent, double x, double y, double w, double h, double rx, String fill) {
    Element r = add(parent, "rect");
    r.setAttribute("x", num(x));
    r.setAttribute("y", num(y));
    r.setAttribute("width", num(w));
    r.setAttribute("height", num(h));
    if (rx > 0) {
      r.setAttribute("rx", num(rx));
    }
    r.setAttribute("fill", fill);
    return r;
  }

  static void stroke(Element e, String colour, double width, boolean dashed) {
    e.setAttribute("stroke", colour);
    e.setAttribute("stroke-width", num(width));
    if (dashed) {
      e.setAttribute("stroke-dasharray", "5 3");
    }
  }

  Element path(Element parent, String d, String colour, double width, boolean arrow) {
    Element p = add(parent, "path");
    p.setAttribute("d", d);
    p.setAttribute("fill", "none");
    stroke(p, colour, width, false);
    if (arrow) {
      p.setAttribute("marker-end", "url(#arrow)");
    }
    return p;
  }

  /** One line of text; {@code x,y} is the baseline start (or middle, for anchor "middle"). */
  Element text(Element parent, double x, double y, String s, TextStyle style) {
    Element t = add(parent, "text");
    t.setAttribute("x", num(x));
    t.setAttribute("y", num(y));
    style.apply(t);
    t.setTextContent(s);
    return t;
  }

  /** Several lines, one {@code tspan} each, the first baseline at {@code y}. */
  Element lines(Element parent, double x, double y, List<String> lines, TextStyle style) {
    if (lines.size() == 1) {
      return text(parent, x, y, lines.get(0), style);
    }
    Element t = add(parent, "text");
    style.apply(t);
    for (int i = 0; i < lines.size(); i++) {
      Element span = add(t, "tspan");
      span.setAttribute("x", num(x));
      span.setAttribute("y", num(y + i * style.lineHeight()));
      span.setTextContent(lines.get(i));
    }
    return t;
  }

  /**
   * A code and a wrapped name: the code in {@code codeStyle}, the name's lines in {@code style},
   * each starting where the name's first line starts.
   */
  Element label(
      Element parent,
      double x,
      double y,
      TextMeasure.Label label,
      TextStyle codeStyle,
      TextStyle style) {
    Element t = add(parent, "text");
    style.apply(t);
    Element code = add(t, "tspan");
    code.setAttribute("x", num(x));
    code.setAttribute("y", num(y));
    if (codeStyle.bold() != style.bold()) {
      code.setAttribute("font-weight", codeStyle.bold() ? "bold" : "normal");
    }
    code.setTextContent(label.code());
    int first = label.below() ? 1 : 0;
    for (int i = 0; i < label.lines().size(); i++) {
      Element span = add(t, "tspan");
      span.setAttribute("x", num(x + label.indent()));
      span.setAttribute("y", num(y + (i + first) * style.lineHeight()));
      span.setTextContent(label.lines().get(i));
    }
    return t;
  }

  /**
   * A group whose content is written as markup rather than built as DOM nodes: a tree of 100,000
   * boxes is some two million nodes, and building them cost more than all the rest. Everything
   * written through it goes through {@link #escape}, like the DOM's text and attributes.
   */
  Markup markup(Element parent, String id, int expectedChars) {
    Element g = group(parent, id);
    StringBuilder b = new StringBuilder(Math.max(1 << 12, expectedChars));
    raw.put(g, b);
    return new Markup(b);
  }

  /** Writes elements as markup, each on its own line, in the form the serializer writes them. */
  static final class Markup {
    private final StringBuilder b;

    Markup(StringBuilder b) {
      this.b = b;
    }

    /** Opens an element; attributes follow as name, value pairs. */
    Markup open(String name, String... attributes) {
      b.append('<').append(name);
      for (int i = 0; i + 1 < attributes.length; i += 2) {
        if (attributes[i + 1] != null) {
          b.append(' ').append(attributes[i]).append("=\"");
          escape(attributes[i + 1], true, b);
          b.append('"');
        }
      }
      b.append('>');
      return this;
    }

    /** An empty element on its own line. */
    Markup empty(String name, String... attributes) {
      open(name, attributes);
      b.setLength(b.length() - 1);
      b.append("/>\n");
      return this;
    }

    Markup text(String s) {
      escape(s, false, b);
      return this;
    }

    Markup close(String name) {
      b.append("</").append(name).append('>');
      return this;
    }

    Markup newline() {
      b.append('\n');
      return this;
    }
  }

  /**
   * The document as XML. A small serializer of our own rather than Batik's DOMUtilities: the same
   * escaping (text and attribute values go through {@link #escape}), but one pre-sized buffer,
   * which makes large trees several times faster to write.
   */
  String toXml() {
    int size = 256 * 1024;
    for (StringBuilder b : raw.values()) {
      size += b.length();
    }
    StringBuilder out = new StringBuilder(size);
    out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    write(root, out, raw);
    out.append('\n');
    return out.toString();
  }

  private static void write(
      Node node, StringBuilder out, java.util.Map<Element, StringBuilder> raw) {
    switch (node.getNodeType()) {
      case Node.ELEMENT_NODE -> {
        out.append('<').append(node.getNodeName());
        NamedNodeMap attributes = node.getAttributes();
        for (int i = 0; i < attributes.getLength(); i++) {
          Node a = attributes.item(i);
          out.append(' ').append(a.getNodeName()).append("=\"");
          escape(a.getNodeValue(), true, out);
          out.append('"');
        }
        Node child = node.getFirstChild();
        if (child == null) {
          out.append("/>");
          return;
        }
        out.append('>');
        for (; child != null; child = child.getNextSibling()) {
          write(child, out, raw);
        }
        StringBuilder markup = raw.get(node);
        if (markup != null) {
          out.append(markup);
        }
        out.append("</").append(node.getNodeName()).append('>');
      }
      case Node.TEXT_NODE -> escape(node.getNodeValue(), false, out);
      default -> throw new IllegalStateException("unexpected node " + node.getNodeName());
    }
  }

  /** Escapes markup characters, so that no name can become markup or end an attribute. */
  static void escape(String s, boolean attribute, StringBuilder out) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append(attribute ? "&quot;" : "\"");
        case '\n' -> out.append(attribute ? "&#10;" : "\n");
        case '\t' -> out.append(attribute ? "&#9;" : "\t");
        case '\r' -> out.append("&#13;");
        default -> {
          if (c < 0x20) {
            out.append(' ');
          } else {
            out.append(c);
          }
        }
      }
    }
  }

  private void newline(Element e) {
    e.appendChild(doc.createTextNode("\n"));
  }

  /** A number with at most one decimal, locale-independent. */
  static String num(double v) {
    long tenths = Math.round(v * 10);
    if (tenths % 10 == 0) {
      return Long.toString(tenths / 10);
    }
    String sign = tenths < 0 ? "-" : "";
    long abs = Math.abs(tenths);
    return sign + (abs / 10) + "." + (abs % 10);
  }
}
