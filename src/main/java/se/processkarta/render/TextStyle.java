package se.processkarta.render;

import org.w3c.dom.Element;

/** Size, weight, colour and anchor of a run of text, and the distance between its lines. */
record TextStyle(float size, boolean bold, boolean italic, String fill, String anchor) {

  static TextStyle plain(float size, String fill) {
    return new TextStyle(size, false, false, fill, null);
  }

  static TextStyle bold(float size, String fill) {
    return new TextStyle(size, true, false, fill, null);
  }

  TextStyle asItalic() {
    return new TextStyle(size, bold, true, fill, anchor);
  }

  TextStyle centred() {
    return new TextStyle(size, bold, italic, fill, "middle");
  }

  TextStyle withFill(String colour) {
    return new TextStyle(size, bold, italic, colour, anchor);
  }

  double lineHeight() {
    return Math.ceil(size * 1.3);
  }

  void apply(Element t) {
    t.setAttribute("font-size", Svg.num(size));
    if (bold) {
      t.setAttribute("font-weight", "bold");
    }
    if (italic) {
      t.setAttribute("font-style", "italic");
    }
    t.setAttribute("fill", fill);
    if (anchor != null) {
      t.setAttribute("text-anchor", anchor);
    }
  }
}
