package se.processkarta.export;

import jakarta.inject.Singleton;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.xml.XMLConstants;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.Palette;
import se.processkarta.model.Person;

/**
 * The Open Group ArchiMate 3.1 Model Exchange File Format, as Archi, BiZZdesign and Sparx EA import
 * it. Every element is a BusinessProcess, joined parent to child by Composition; each owner and
 * lead is a BusinessActor assigned to a BusinessRole ("Processägare för 3.5 Utbildning") that is
 * assigned to the process. The organizations mirror the Klassa tree, and one view draws the process
 * map.
 */
@Singleton
final class ArchimateExporter implements DiagramExporter {

  static final String NS = "http://www.opengroup.org/xsd/archimate/3.0/";
  static final String SCHEMA_LOCATION =
      NS + " http://www.opengroup.org/xsd/archimate/3.1/archimate3_Diagram.xsd";

  private static final String[][] PROPERTIES = {
    {"pd-kod", "kod"},
    {"pd-niva", "nivå"},
    {"pd-status", "status"},
    {"pd-syfte", "syfte"},
    {"pd-mottagare", "mottagare"},
    {"pd-lank", "länk"},
    {"pd-person", "person-id"},
  };

  private record Role(String kind, String title, Code element, Person person) {
    String id() {
      return "r-" + kind + "-" + element;
    }
  }

  @Override
  public String format() {
    return "archimate";
  }

  @Override
  public String extension() {
    return "archimate.xml";
  }

  @Override
  public String mediaType() {
    return "application/xml";
  }

  @Override
  public String description() {
    return "ArchiMate 3.1 Exchange Format (Archi, BiZZdesign, Sparx EA)";
  }

  @Override
  public void write(ModelSnapshot snapshot, ExportScope scope, OutputStream out)
      throws IOException {
    Selection s = Selection.of(snapshot, scope);
    List<Role> roles = new ArrayList<>();
    for (Element e : s.elements()) {
      s.owner(e.code()).ifPresent(p -> roles.add(new Role("owner", "Processägare", e.code(), p)));
      s.lead(e.code()).ifPresent(p -> roles.add(new Role("lead", "Processledare", e.code(), p)));
    }
    List<Person> actors = s.responsibles();
    try (XmlOut x = XmlOut.open(out)) {
      x.start("model")
          .defaultNamespace(NS)
          .namespace("xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI)
          .attr(
              "xsi", XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "schemaLocation", SCHEMA_LOCATION)
          .attr("identifier", "processkarta")
          .attr("version", snapshot.version());
      name(x, "name", scope.root().map(c -> "Processkarta " + c).orElse("Processkarta"));
      x.start("elements");
      for (Element e : s.elements()) {
        x.start("element").attr("identifier", Selection.id(e.code())).xsiType("BusinessProcess");
        name(x, "name", e.name());
        if (e.description() != null) {
          name(x, "documentation", e.description());
        }
        x.start("properties");
        property(x, "pd-kod", e.code().toString());
        property(x, "pd-niva", String.valueOf(e.level().number()));
        property(x, "pd-status", e.status().name());
        property(x, "pd-syfte", e.purpose());
        property(x, "pd-mottagare", e.recipient());
        property(x, "pd-lank", Selection.link(e.code()));
        x.end();
        x.end();
      }
      for (Person p : actors) {
        x.start("element").attr("identifier", Selection.personId(p.id())).xsiType("BusinessActor");
        name(x, "name", p.name());
        x.start("properties");
        property(x, "pd-person", p.id());
        x.end();
        x.end();
      }
      for (Role r : roles) {
        Element e = s.element(r.element()).orElseThrow();
        x.start("element").attr("identifier", r.id()).xsiType("BusinessRole");
        name(x, "name", r.title() + " för " + Selection.title(e));
        x.end();
      }
      x.end();

      x.start("relationships");
      for (Element e : s.elements()) {
        for (Element c : s.children(e.code())) {
          x.start("relationship")
              .attr("identifier", "c-" + e.code() + "-" + c.code())
              .attr("source", Selection.id(e.code()))
              .attr("target", Selection.id(c.code()))
              .xsiType("Composition")
              .end();
        }
      }
      for (Role r : roles) {
        x.start("relationship")
            .attr("identifier", "a-" + r.kind() + "-" + r.element() + "-actor")
            .attr("source", Selection.personId(r.person().id()))
            .attr("target", r.id())
            .xsiType("Assignment")
            .end();
        x.start("relationship")
            .attr("identifier", "a-" + r.kind() + "-" + r.element())
            .attr("source", r.id())
            .attr("target", Selection.id(r.element()))
            .xsiType("Assignment")
            .end();
      }
      x.end();

      x.start("organizations");
      x.start("item");
      name(x, "label", "Processer");
      for (Element e : s.tops()) {
        organization(x, s, e);
      }
      x.end();
      if (!actors.isEmpty()) {
        x.start("item");
        name(x, "label", "Aktörer och roller");
        for (Person p : actors) {
          x.start("item").attr("identifierRef", Selection.personId(p.id())).end();
        }
        for (Role r : roles) {
          x.start("item").attr("identifierRef", r.id()).end();
        }
        x.end();
      }
      x.end();

      x.start("propertyDefinitions");
      for (String[] d : PROPERTIES) {
        x.start("propertyDefinition").attr("identifier", d[0]).attr("type", "string");
        name(x, "name", d[1]);
        x.end();
      }
      x.end();

      view(x, s);
      x.end();
    }
  }

  private static void view(XmlOut x, Selection s) {
    Map<Code, Rectangle2D> boxes = MapGeometry.layout(s);
    x.start("views").start("diagrams");
    x.start("view").attr("identifier", "v-karta").xsiType("Diagram");
    name(x, "name", "Processkarta");
    for (Element e : s.tops()) {
      node(x, s, boxes, e);
    }
    x.end().end().end();
  }

  private static void node(XmlOut x, Selection s, Map<Code, Rectangle2D> boxes, Element e) {
    Rectangle2D r = boxes.get(e.code());
    if (r == null) {
      return;
    }
    int rank = s.rank(e);
    String fill =
        rank == 0 ? Palette.typeLight(e.code()) : rank == 1 ? Palette.typeMid(e.code()) : "#ffffff";
    x.start("node")
        .attr("identifier", "v-karta-" + e.code())
        .attr("elementRef", Selection.id(e.code()))
        .xsiType("Element")
        .attr("x", Math.round(r.getX()))
        .attr("y", Math.round(r.getY()))
        .attr("w", Math.round(r.getWidth()))
        .attr("h", Math.round(r.getHeight()));
    x.start("style");
    rgb(x, "lineColor", Palette.typeDark(e.code()));
    rgb(x, "fillColor", fill);
    x.start("font").attr("name", "DejaVu Sans").attr("size", "9");
    rgb(x, "color", Palette.INK);
    x.end();
    x.end();
    for (Element c : s.children(e.code())) {
      node(x, s, boxes, c);
    }
    x.end();
  }

  private static void organization(XmlOut x, Selection s, Element e) {
    x.start("item").attr("identifierRef", Selection.id(e.code()));
    for (Element c : s.children(e.code())) {
      organization(x, s, c);
    }
    x.end();
  }

  private static void rgb(XmlOut x, String name, String hex) {
    int v = Integer.parseInt(hex.substring(1), 16);
    x.start(name).attr("r", (v >> 16) & 0xff).attr("g", (v >> 8) & 0xff).attr("b", v & 0xff).end();
  }

  private static void name(XmlOut x, String element, String text) {
    x.start(element).attr("xml", XMLConstants.XML_NS_URI, "lang", "sv").text(text);
    x.endInline();
  }

  private static void property(XmlOut x, String definition, String value) {
    if (value == null || value.isEmpty()) {
      return;
    }
    x.start("property").attr("propertyDefinitionRef", definition);
    name(x, "value", value);
    x.end();
  }
}
