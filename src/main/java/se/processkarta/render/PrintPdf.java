package se.processkarta.render;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Lays a {@link PrintDocument} out on A4 (openhtmltopdf) as a tagged PDF that is both PDF/UA-1
 * (read by a screen reader, as the accessibility law for public bodies asks of published documents)
 * and PDF/A-2a (kept in the archive): the structure of headings, lists and tables is in the file,
 * the language is Swedish, DejaVu Sans is embedded, and the page numbers in the margin are marked
 * as artefacts. The XHTML is built as a DOM, so no text in the document is ever read as markup; the
 * layout may load nothing from outside.
 */
public final class PrintPdf {

  private static final String XHTML = "http://www.w3.org/1999/xhtml";

  private static final java.util.regex.Pattern DATE =
      java.util.regex.Pattern.compile("\\d{4}-\\d{2}-\\d{2}( \\d{2}:\\d{2})?");

  /** The sRGB profile of the output intent that PDF/A asks for (the JDK's own). */
  private static final byte[] SRGB = ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData();

  private static final String CSS =
      """
      @page {
        size: A4;
        margin: 22mm 20mm 24mm 20mm;
        @bottom-left { content: element(footer); }
        @bottom-right {
          content: "Sida " counter(page) " av " counter(pages);
          font-family: 'DejaVu Sans'; font-size: 8pt; color: #444;
        }
      }
      body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.4; color: #111; }
      h1 { font-size: 17pt; margin: 0 0 4mm 0; line-height: 1.2; }
      h2 { font-size: 12pt; margin: 6mm 0 2mm 0; page-break-after: avoid; }
      p { margin: 0 0 2mm 0; word-wrap: break-word; }
      table.facts { width: auto; margin: 0 0 4mm 0; border-bottom: 0.6pt solid #888; }
      table.facts th, table.facts td { border: none; padding: 0.4mm 6mm 0.4mm 0; }
      table { width: 100%; border-collapse: collapse; margin: 0 0 2mm 0; font-size: 9pt;
              -fs-table-paginate: paginate; }
      caption { text-align: left; font-size: 9pt; color: #444; padding: 0 0 1mm 0; }
      th, td { text-align: left; vertical-align: top; padding: 1.2mm 2mm;
               border-bottom: 0.5pt solid #aaa; }
      td.date { white-space: nowrap; }
      th { font-weight: bold; border-bottom: 0.8pt solid #333; }
      tr { page-break-inside: avoid; }
      .footer { position: running(footer); font-size: 8pt; color: #444; }
      """;

  private PrintPdf() {}

  /** The document on A4, as tagged PDF/UA-1 and PDF/A-2a. */
  public static byte[] pdf(PrintDocument doc) {
    Document html = xhtml(doc);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    PdfRendererBuilder b = new PdfRendererBuilder();
    b.useFastMode();
    b.usePdfUaAccessibility(true);
    b.usePdfAConformance(PdfRendererBuilder.PdfAConformance.PDFA_2_A);
    b.useColorProfile(SRGB);
    for (Fonts.Face face : Fonts.DEJAVU_SANS) {
      b.useFont(
          Fonts.file(face).toFile(),
          "DejaVu Sans",
          face.bold() ? 700 : 400,
          face.italic() ? FontStyle.ITALIC : FontStyle.NORMAL,
          true);
    }
    b.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
    b.useExternalResourceAccessControl(
        (uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
    b.withProducer("Processkarta");
    b.withW3cDocument(html, "about:blank");
    b.toStream(out);
    try {
      b.run();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  static {
    // Its own java.util.logging chatter (every font and page) says nothing a user needs.
    XRLog.setLoggingEnabled(false);
  }

  /** The document as XHTML: title and subject in the head (they become the PDF's metadata). */
  static Document xhtml(PrintDocument doc) {
    Document d = newDocument();
    Element html = d.createElementNS(XHTML, "html");
    html.setAttribute("lang", "sv");
    html.setAttribute("xml:lang", "sv");
    d.appendChild(html);
    Element head = child(html, "head");
    text(child(head, "title"), doc.title());
    meta(head, "subject", doc.subject());
    meta(head, "author", "Processkarta");
    text(child(head, "style"), CSS);
    Element body = child(html, "body");
    if (!doc.footer().isBlank()) {
      text(child(body, "div"), doc.footer()).setAttribute("class", "footer");
    }
    text(child(body, "h1"), doc.title());
    if (!doc.facts().isEmpty()) {
      // A table of label and value, read row by row (a floated list came out in the wrong order).
      Element table = child(body, "table");
      table.setAttribute("class", "facts");
      Element facts = child(table, "tbody");
      for (PrintDocument.Fact f : doc.facts()) {
        Element tr = child(facts, "tr");
        text(child(tr, "th"), f.label()).setAttribute("scope", "row");
        text(child(tr, "td"), f.value());
      }
    }
    for (PrintDocument.Part part : doc.parts()) {
      text(child(body, "h2"), part.heading());
      if (part instanceof PrintDocument.Text t) {
        paragraphs(body, t.text());
      } else if (part instanceof PrintDocument.Table t) {
        table(body, t);
      }
    }
    return d;
  }

  private static void paragraphs(Element parent, String text) {
    for (String paragraph : text.strip().split("\\R\\s*\\R")) {
      Element p = child(parent, "p");
      List<String> lines = paragraph.strip().lines().toList();
      for (int i = 0; i < lines.size(); i++) {
        if (i > 0) {
          child(p, "br");
        }
        p.appendChild(p.getOwnerDocument().createTextNode(lines.get(i).strip()));
      }
    }
  }

  private static void table(Element parent, PrintDocument.Table t) {
    Element table = child(parent, "table");
    text(child(table, "caption"), t.caption());
    Element headRow = child(child(table, "thead"), "tr");
    for (String c : t.columns()) {
      text(child(headRow, "th"), c).setAttribute("scope", "col");
    }
    Element tbody = child(table, "tbody");
    for (List<String> row : t.rows()) {
      Element tr = child(tbody, "tr");
      for (String cell : row) {
        Element td = text(child(tr, "td"), cell);
        if (DATE.matcher(cell).matches()) {
          td.setAttribute("class", "date"); // a date is never broken at its hyphens
        }
      }
    }
  }

  private static void meta(Element head, String name, String content) {
    Element m = child(head, "meta");
    m.setAttribute("name", name);
    m.setAttribute("content", content);
  }

  private static Element child(Element parent, String name) {
    Element e = parent.getOwnerDocument().createElementNS(XHTML, name);
    parent.appendChild(e);
    return e;
  }

  private static Element text(Element e, String text) {
    e.appendChild(e.getOwnerDocument().createTextNode(text));
    return e;
  }

  private static Document newDocument() {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      return f.newDocumentBuilder().newDocument();
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    }
  }
}
