package se.processkarta.export;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * A StAX writer with the three things the JDK's lacks for our files: indentation (so golden files
 * diff by line), removal of characters XML 1.0 cannot hold (a control character in a name would
 * otherwise make the file unreadable), and line breaks and tabs in attribute values written as
 * character references (a raw line break in an attribute becomes a space when read back). The JDK
 * writer offers no way to write a character reference into an attribute, so line breaks are passed
 * through it as Unicode noncharacters (U+FDD0..U+FDD2, removed from the input beforehand) and
 * turned into {@code &#10;}, {@code &#13;} and {@code &#9;} on the way out.
 */
final class XmlOut implements AutoCloseable {

  private static final char LF = '\uFDD0';
  private static final char CR = '\uFDD1';
  private static final char TAB = '\uFDD2';

  private final Writer sink;
  private final XMLStreamWriter w;
  private int depth;
  private boolean hadChild;

  private XmlOut(OutputStream out) {
    this.sink =
        new BufferedWriter(
            new FilterWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
              @Override
              public void write(int c) throws IOException {
                write(new char[] {(char) c}, 0, 1);
              }

              // Runs without a marker go through in one call: a call per character would cost
              // an allocation per character in the encoder.
              @Override
              public void write(char[] buf, int off, int len) throws IOException {
                int run = off;
                for (int i = off; i < off + len; i++) {
                  String ref = reference(buf[i]);
                  if (ref != null) {
                    out.write(buf, run, i - run);
                    out.write(ref);
                    run = i + 1;
                  }
                }
                out.write(buf, run, off + len - run);
              }

              @Override
              public void write(String str, int off, int len) throws IOException {
                write(str.toCharArray(), off, len);
              }
            },
            1 << 16);
    try {
      this.w = XMLOutputFactory.newFactory().createXMLStreamWriter(sink);
    } catch (XMLStreamException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Starts a UTF-8 document on {@code out}; {@link #close()} flushes but leaves it open. */
  static XmlOut open(OutputStream out) {
    XmlOut x = new XmlOut(out);
    run(() -> x.w.writeStartDocument("UTF-8", "1.0"));
    return x;
  }

  XmlOut start(String name) {
    newline();
    run(() -> w.writeStartElement(name));
    depth++;
    hadChild = false;
    return this;
  }

  XmlOut start(String prefix, String name, String ns) {
    newline();
    run(() -> w.writeStartElement(prefix, name, ns));
    depth++;
    hadChild = false;
    return this;
  }

  XmlOut namespace(String prefix, String uri) {
    run(() -> w.writeNamespace(prefix, uri));
    return this;
  }

  XmlOut defaultNamespace(String uri) {
    run(() -> w.writeDefaultNamespace(uri));
    return this;
  }

  XmlOut attr(String name, String value) {
    if (value != null) {
      run(() -> w.writeAttribute(name, attribute(value)));
    }
    return this;
  }

  XmlOut attr(String name, long value) {
    return attr(name, String.valueOf(value));
  }

  XmlOut attr(String prefix, String ns, String name, String value) {
    run(() -> w.writeAttribute(prefix, ns, name, attribute(value)));
    return this;
  }

  XmlOut text(String value) {
    run(() -> w.writeCharacters(clean(value).replace('\r', CR)));
    return this;
  }

  XmlOut end() {
    depth--;
    if (hadChild) {
      newline();
    }
    run(w::writeEndElement);
    hadChild = true;
    return this;
  }

  /** {@code xsi:type="value"}; the document must declare the {@code xsi} prefix. */
  XmlOut xsiType(String value) {
    run(
        () ->
            w.writeAttribute(
                "xsi", javax.xml.XMLConstants.W3C_XML_SCHEMA_INSTANCE_NS_URI, "type", value));
    return this;
  }

  /** Ends an element that holds text only, without a line break before the end tag. */
  XmlOut endInline() {
    depth--;
    run(w::writeEndElement);
    hadChild = true;
    return this;
  }

  /** {@code <name>text</name>}. */
  XmlOut element(String name, String text) {
    start(name);
    text(text);
    depth--;
    run(w::writeEndElement);
    hadChild = true;
    return this;
  }

  private void newline() {
    if (depth == 0 && !hadChild) {
      run(() -> w.writeCharacters("\n"));
      hadChild = true;
      return;
    }
    run(() -> w.writeCharacters("\n" + "  ".repeat(depth)));
    hadChild = true;
  }

  @Override
  public void close() {
    run(
        () -> {
          w.writeCharacters("\n");
          w.writeEndDocument();
          w.flush();
        });
    try {
      sink.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String reference(char c) {
    return switch (c) {
      case LF -> "&#10;";
      case CR -> "&#13;";
      case TAB -> "&#9;";
      default -> null;
    };
  }

  /** The text without characters XML 1.0 cannot hold and without our three markers. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean ok =
          c == '\t'
              || c == '\n'
              || c == '\r'
              || (c >= 0x20 && c <= 0xD7FF && c != 0x7F)
              || (c >= 0xE000 && c <= 0xFFFD && (c < 0xFDD0 || c > 0xFDEF))
              || (Character.isHighSurrogate(c)
                  && i + 1 < s.length()
                  && Character.isLowSurrogate(s.charAt(i + 1)))
              || (Character.isLowSurrogate(c)
                  && i > 0
                  && Character.isHighSurrogate(s.charAt(i - 1)));
      if (!ok && b == null) {
        b = new StringBuilder(s.length()).append(s, 0, i);
      } else if (ok && b != null) {
        b.append(c);
      }
    }
    return b == null ? s : b.toString();
  }

  private static String attribute(String s) {
    return clean(s).replace('\n', LF).replace('\r', CR).replace('\t', TAB);
  }

  private interface Step {
    void run() throws XMLStreamException;
  }

  private static void run(Step step) {
    try {
      step.run();
    } catch (XMLStreamException e) {
      throw new UncheckedIOException(new IOException(e));
    }
  }
}
