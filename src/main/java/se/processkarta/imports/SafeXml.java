package se.processkarta.imports;

import java.io.ByteArrayInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * StAX for files from outside: DTDs and external entities are switched off in the factory, and a
 * DOCTYPE is refused outright with its line (a billion-laughs file and an entity pointing at a
 * local file both carry one), so no entity is ever expanded.
 */
final class SafeXml {

  /** Deeper than any ArchiMate or BPMN file a tool writes. */
  static final int MAX_DEPTH = 200;

  private static final XMLInputFactory FACTORY = factory();

  private SafeXml() {}

  private static XMLInputFactory factory() {
    XMLInputFactory f = XMLInputFactory.newFactory();
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    f.setProperty(XMLInputFactory.IS_COALESCING, true);
    // Elements nested deeper than this are refused by the parser (the JDK's limit): a file nested
    // 100,000 deep was read to the end and then reported as empty.
    trySet(f, "http://www.oracle.com/xml/jaxp/properties/maxElementDepth", MAX_DEPTH);
    trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
    trySet(f, XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
    return f;
  }

  private static void trySet(XMLInputFactory f, String name, Object value) {
    try {
      f.setProperty(name, value);
    } catch (IllegalArgumentException e) {
      // not every StAX implementation knows the JAXP properties; DTDs are off either way
    }
  }

  /** A reader over the bytes; the caller walks it with {@link #next}. */
  static XMLStreamReader open(byte[] bytes) {
    try {
      return FACTORY.createXMLStreamReader(new ByteArrayInputStream(bytes));
    } catch (XMLStreamException e) {
      throw broken(e);
    }
  }

  /** The next event; a DOCTYPE or a parse error is a refusal with the line. */
  static int next(XMLStreamReader r) {
    try {
      int event = r.next();
      if (event == XMLStreamConstants.DTD || event == XMLStreamConstants.ENTITY_REFERENCE) {
        throw ImportRejectedException.unreadable(
            Where.line(r.getLocation().getLineNumber()), "import.xml.doctype");
      }
      return event;
    } catch (XMLStreamException e) {
      throw broken(e);
    }
  }

  /** The text of the current element, up to its end tag. */
  static String text(XMLStreamReader r) {
    StringBuilder b = new StringBuilder();
    int depth = 1;
    while (depth > 0) {
      int e = next(r);
      if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA) {
        b.append(r.getText());
      } else if (e == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (e == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
    return b.toString();
  }

  static ImportRejectedException broken(XMLStreamException e) {
    int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNumber());
    if (String.valueOf(e.getMessage()).contains("maxElementDepth")) {
      return ImportRejectedException.unreadable(
          Where.line(line), "import.xml.tooDeep", String.valueOf(MAX_DEPTH));
    }
    return ImportRejectedException.unreadable(Where.line(line), "import.xml.broken");
  }
}
