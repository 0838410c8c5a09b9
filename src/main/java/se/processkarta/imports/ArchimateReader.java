package se.processkarta.imports;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamReader;
import se.processkarta.model.Code;

/**
 * Reads an Open Group ArchiMate exchange file as the exporter writes it and as Archi saves it
 * again: every {@code BusinessProcess} with the property {@code kod} is an element (its code is the
 * property, not its place in a folder); properties are found by their definition's name, so a tool
 * that renames the definitions' identifiers still reads; owners and leads come from {@code
 * BusinessActor → BusinessRole → BusinessProcess} assignments, the role's name or identifier
 * telling which. A {@code Composition} must agree with the codes it joins, so a file that moves an
 * element by redrawing the tree, or makes a cycle, is refused with the relationship's line. The
 * format has no team, so teams stay as they are.
 */
final class ArchimateReader {

  static final String NS = "http://www.opengroup.org/xsd/archimate/3.0/";

  private ArchimateReader() {}

  private static final class Node {
    String type;
    String id;
    int line;
    String name;
    boolean nameSwedish;
    String documentation;
    final Map<String, String> properties = new HashMap<>();
  }

  private record Relation(String type, String source, String target, int line) {}

  static Imported read(byte[] bytes, int maxRows) {
    XMLStreamReader r = SafeXml.open(bytes);
    Map<String, Node> nodes = new LinkedHashMap<>();
    Map<String, String> definitions = new HashMap<>();
    List<Relation> relations = new ArrayList<>();
    boolean root = false;
    int processes = 0;
    while (true) {
      int e = SafeXml.next(r);
      if (e == XMLStreamConstants.END_DOCUMENT) {
        break;
      }
      if (e != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String local = r.getLocalName();
      if (!root) {
        if (!"model".equals(local) || !NS.equals(r.getNamespaceURI())) {
          throw ImportRejectedException.unreadable(
              Where.line(r.getLocation().getLineNumber()), "import.archimate.notModel");
        }
        root = true;
        continue;
      }
      switch (local) {
        case "element" -> {
          Node n = element(r);
          if ("BusinessProcess".equals(n.type) && ++processes > maxRows) {
            throw ImportRejectedException.tooLarge(
                "import.tooManyElements", String.valueOf(maxRows), String.valueOf(n.line));
          }
          if (n.id != null) {
            nodes.put(n.id, n);
          }
        }
        case "relationship" ->
            relations.add(
                new Relation(
                    r.getAttributeValue(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type"),
                    r.getAttributeValue(null, "source"),
                    r.getAttributeValue(null, "target"),
                    r.getLocation().getLineNumber()));
        case "propertyDefinition" -> {
          String id = r.getAttributeValue(null, "identifier");
          String name = firstName(r, "name");
          if (id != null && name != null) {
            definitions.put(id, name.strip().toLowerCase(Locale.ROOT));
          }
        }
        default -> {}
      }
    }
    return rows(nodes, definitions, relations);
  }

  private static Imported rows(
      Map<String, Node> nodes, Map<String, String> definitions, List<Relation> relations) {
    List<ImportProblem> problems = new ArrayList<>();
    Map<String, String> personOfActor = new HashMap<>();
    Map<String, Map<String, String>> props = new HashMap<>();
    for (Node n : nodes.values()) {
      Map<String, String> p = new HashMap<>();
      n.properties.forEach((def, v) -> p.put(definitions.getOrDefault(def, def), v));
      props.put(n.id, p);
      if ("BusinessActor".equals(n.type)) {
        String pid = p.get("person-id");
        if (pid == null || pid.isBlank()) {
          problems.add(
              ImportProblem.at(Where.line(n.line), "import.archimate.noPersonId", name(n)));
        } else {
          personOfActor.put(n.id, name(n) + " [" + pid.strip() + "]");
        }
      }
    }
    // actor → role, role → process
    Map<String, String> actorOfRole = new HashMap<>();
    Map<String, String> owner = new HashMap<>();
    Map<String, String> lead = new HashMap<>();
    for (Relation rel : relations) {
      if (!"Assignment".equals(rel.type())) {
        continue;
      }
      Node s = nodes.get(rel.source());
      Node t = nodes.get(rel.target());
      if (s != null
          && t != null
          && "BusinessActor".equals(s.type)
          && "BusinessRole".equals(t.type)) {
        actorOfRole.put(t.id, s.id);
      }
    }
    for (Relation rel : relations) {
      Node s = nodes.get(rel.source());
      Node t = nodes.get(rel.target());
      if (s == null || t == null) {
        continue;
      }
      if ("Assignment".equals(rel.type())
          && "BusinessRole".equals(s.type)
          && "BusinessProcess".equals(t.type)) {
        String actor = actorOfRole.get(s.id);
        String person = actor == null ? null : personOfActor.get(actor);
        if (person == null) {
          continue;
        }
        String role = (name(s) + " " + s.id).toLowerCase(Locale.ROOT);
        Map<String, String> into =
            role.startsWith("processägare") || s.id.startsWith("r-owner")
                ? owner
                : role.startsWith("processledare") || s.id.startsWith("r-lead") ? lead : null;
        if (into != null && into.put(t.id, person) != null) {
          problems.add(
              ImportProblem.at(
                  Where.line(rel.line()), "import.archimate.twoHolders", name(s), name(t)));
        }
      }
      if ("Composition".equals(rel.type())
          && "BusinessProcess".equals(s.type)
          && "BusinessProcess".equals(t.type)) {
        var sc = Code.tryParse(props.get(s.id).getOrDefault("kod", "").strip());
        var tc = Code.tryParse(props.get(t.id).getOrDefault("kod", "").strip());
        if (sc.isPresent() && tc.isPresent() && !tc.get().parent().equals(sc)) {
          problems.add(
              ImportProblem.at(
                  Where.line(rel.line()),
                  "import.archimate.composition",
                  sc.get().toString(),
                  tc.get().toString()));
        }
      }
    }
    List<Imported.Row> rows = new ArrayList<>();
    for (Node n : nodes.values()) {
      if (!"BusinessProcess".equals(n.type)) {
        continue;
      }
      Map<String, String> p = props.get(n.id);
      String code = p.getOrDefault("kod", "").strip();
      Where w = Where.line(n.line);
      if (code.isEmpty()) {
        problems.add(ImportProblem.at(w, "import.archimate.noCode", name(n)));
        continue;
      }
      rows.add(
          new Imported.Row(
              w,
              code,
              p.getOrDefault("nivå", ""),
              name(n),
              n.documentation == null ? "" : n.documentation,
              p.getOrDefault("syfte", ""),
              p.getOrDefault("mottagare", ""),
              p.getOrDefault("status", ""),
              owner.getOrDefault(n.id, ""),
              lead.getOrDefault(n.id, ""),
              ""));
    }
    if (!problems.isEmpty()) {
      throw new ImportRejectedException(ImportRejectedException.Kind.INVALID, problems);
    }
    if (rows.isEmpty()) {
      throw ImportRejectedException.unreadable(Where.FILE, "import.empty");
    }
    return new Imported(rows, new Imported.Carried(true, true, true, true, false));
  }

  private static String name(Node n) {
    return n.name == null ? "" : n.name;
  }

  /** Reads one {@code element} with its name, documentation and properties. */
  private static Node element(XMLStreamReader r) {
    Node n = new Node();
    n.type = r.getAttributeValue(XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type");
    n.id = r.getAttributeValue(null, "identifier");
    n.line = r.getLocation().getLineNumber();
    int depth = 1;
    String property = null;
    while (depth > 0) {
      int e = SafeXml.next(r);
      if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
        continue;
      }
      if (e != XMLStreamConstants.START_ELEMENT) {
        continue;
      }
      String local = r.getLocalName();
      boolean swedish = isSwedishOrUnmarked(r);
      switch (local) {
        case "name" -> {
          String t = SafeXml.text(r);
          if (n.name == null || swedish && !n.nameSwedish) {
            n.name = t;
            n.nameSwedish = swedish;
          }
        }
        case "documentation" -> {
          String t = SafeXml.text(r);
          if (n.documentation == null || swedish) {
            n.documentation = t;
          }
        }
        case "property" -> {
          property = r.getAttributeValue(null, "propertyDefinitionRef");
          depth++;
        }
        case "value" -> {
          String t = SafeXml.text(r);
          if (property != null && (!n.properties.containsKey(property) || swedish)) {
            n.properties.put(property, t);
          }
        }
        default -> depth++;
      }
    }
    return n;
  }

  private static boolean isSwedishOrUnmarked(XMLStreamReader r) {
    String lang = r.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
    return lang == null || lang.toLowerCase(Locale.ROOT).startsWith("sv");
  }

  /** The text of the first {@code name} child of the current element. */
  private static String firstName(XMLStreamReader r, String child) {
    String found = null;
    int depth = 1;
    while (depth > 0) {
      int e = SafeXml.next(r);
      if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      } else if (e == XMLStreamConstants.START_ELEMENT) {
        if (child.equals(r.getLocalName()) && found == null) {
          found = SafeXml.text(r);
        } else {
          depth++;
        }
      }
    }
    return found;
  }
}
