package se.processkarta.render;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.apache.fop.svg.PDFTranscoder;

/**
 * Turns SVG into PNG (Batik) and PDF (FOP's transcoder for Batik). The SVG carries no DOCTYPE, so
 * nothing is fetched from the network. A new transcoder per call: they are not thread-safe.
 *
 * <p>PDFs are PDF/A-2b, for records that are kept: the DejaVu Sans the layout was measured with is
 * embedded (as a subset), with XMP metadata and an sRGB output intent. On a {@link Paper} the
 * drawing is scaled to fit inside a 10 mm margin and centred; without one the page is the drawing's
 * own size.
 */
public final class Transcoding {

  private Transcoding() {}

  /** ISO paper sizes a PDF can be printed on. */
  public enum PaperSize {
    A4(210, 297),
    A3(297, 420);

    final double shortMm;
    final double longMm;

    PaperSize(double shortMm, double longMm) {
      this.shortMm = shortMm;
      this.longMm = longMm;
    }
  }

  /** How a page is turned; {@code AUTO} follows the drawing's shape. */
  public enum Orientation {
    AUTO,
    PORTRAIT,
    LANDSCAPE
  }

  /** A paper size and orientation, as in {@code ?paper=A4&orientation=landscape}. */
  public record Paper(PaperSize size, Orientation orientation) {

    /** The margin round the drawing on paper. */
    static final double MARGIN_MM = 10;

    public Paper {
      java.util.Objects.requireNonNull(size, "size");
      java.util.Objects.requireNonNull(orientation, "orientation");
    }

    /**
     * Reads the query parameters: {@code paper} A4 or A3 (any case), {@code orientation} portrait,
     * landscape or absent (the drawing's shape decides). No paper means the drawing's own size.
     */
    public static java.util.Optional<Paper> parse(String paper, String orientation) {
      if (paper == null || paper.isBlank()) {
        if (orientation != null && !orientation.isBlank()) {
          throw new se.processkarta.model.InvalidInputException("render.paper", orientation);
        }
        return java.util.Optional.empty();
      }
      PaperSize size =
          switch (paper.strip().toUpperCase(java.util.Locale.ROOT)) {
            case "A4" -> PaperSize.A4;
            case "A3" -> PaperSize.A3;
            default -> throw new se.processkarta.model.InvalidInputException("render.paper", paper);
          };
      Orientation o =
          orientation == null || orientation.isBlank()
              ? Orientation.AUTO
              : switch (orientation.strip().toLowerCase(java.util.Locale.ROOT)) {
                case "portrait" -> Orientation.PORTRAIT;
                case "landscape" -> Orientation.LANDSCAPE;
                default ->
                    throw new se.processkarta.model.InvalidInputException(
                        "render.paper", orientation);
              };
      return java.util.Optional.of(new Paper(size, o));
    }

    /** A short, stable name for cache keys and file names: {@code A4-landscape}. */
    public String key() {
      return size.name() + "-" + orientation.name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The page in millimetres, {width, height}, for a drawing of that shape. */
    double[] pageMm(double drawingWidth, double drawingHeight) {
      boolean landscape =
          orientation == Orientation.LANDSCAPE
              || orientation == Orientation.AUTO && drawingWidth > drawingHeight;
      return landscape
          ? new double[] {size.longMm, size.shortMm}
          : new double[] {size.shortMm, size.longMm};
    }
  }

  public static byte[] png(String svg) {
    return png(svg, java.util.Optional.empty());
  }

  /** A PNG, scaled to {@code width} pixels when given (otherwise the drawing's own size). */
  public static byte[] png(String svg, java.util.Optional<Integer> width) {
    ImageTranscoder t = new FastPng();
    t.addTranscodingHint(ImageTranscoder.KEY_BACKGROUND_COLOR, Color.WHITE);
    width.ifPresent(w -> t.addTranscodingHint(ImageTranscoder.KEY_WIDTH, (float) w));
    return run(t, svg);
  }

  /** A PDF/A-2b page the drawing's own size. */
  public static byte[] pdf(String svg) {
    return pdf(svg, java.util.Optional.empty());
  }

  /** A PDF/A-2b page, on paper when given (scaled to fit with a margin, centred). */
  public static byte[] pdf(String svg, java.util.Optional<Paper> paper) {
    org.w3c.dom.Document doc = parse(svg);
    String title = "";
    org.w3c.dom.NodeList titles = doc.getDocumentElement().getElementsByTagName("title");
    if (titles.getLength() > 0) {
      title = titles.item(0).getTextContent();
    }
    paper.ifPresent(p -> onPaper(doc, p));
    // Links to /processer/… are relative to the server; in a PDF they would become launch
    // actions, which PDF/A forbids. The tooltips stay; the page is for print and the archive.
    // The <a> is unwrapped, not only stripped of its href: an <a> without one still became a link
    // annotation with an empty URI (45 of them in one map).
    org.w3c.dom.NodeList found = doc.getElementsByTagNameNS(Svg.NS, "a");
    java.util.List<org.w3c.dom.Node> links = new java.util.ArrayList<>();
    for (int i = 0; i < found.getLength(); i++) {
      links.add(found.item(i));
    }
    for (org.w3c.dom.Node a : links) {
      org.w3c.dom.Node parent = a.getParentNode();
      while (a.getFirstChild() != null) {
        parent.insertBefore(a.getFirstChild(), a);
      }
      parent.removeChild(a);
    }
    PdfA t = new PdfA(title);
    try {
      t.configure(PdfA.FONTS);
    } catch (org.apache.fop.configuration.ConfigurationException e) {
      throw new IllegalStateException("could not configure the PDF fonts", e);
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    try {
      TranscoderInput in = new TranscoderInput(doc);
      in.setURI("file:/processkarta/diagram.svg");
      t.transcode(in, new TranscoderOutput(out));
    } catch (TranscoderException e) {
      throw new IllegalStateException("could not transcode a diagram", e);
    }
    return out.toByteArray();
  }

  private static org.w3c.dom.Document parse(String svg) {
    try {
      org.apache.batik.anim.dom.SAXSVGDocumentFactory f =
          new org.apache.batik.anim.dom.SAXSVGDocumentFactory(
              org.apache.batik.util.XMLResourceDescriptor.getXMLParserClassName());
      return f.createSVGDocument("file:/processkarta/diagram.svg", new StringReader(svg));
    } catch (IOException e) {
      throw new IllegalStateException("could not read a diagram", e);
    }
  }

  /**
   * Sets the page to the paper (at 96 px per inch, the unit of the drawing) and a view box that
   * shows the whole drawing, as large as fits inside the margin, in the middle of the page.
   */
  private static void onPaper(org.w3c.dom.Document doc, Paper paper) {
    org.w3c.dom.Element root = doc.getDocumentElement();
    double w = Double.parseDouble(root.getAttribute("width"));
    double h = Double.parseDouble(root.getAttribute("height"));
    double[] mm = paper.pageMm(w, h);
    double pxPerMm = 96 / 25.4;
    double pageW = mm[0] * pxPerMm;
    double pageH = mm[1] * pxPerMm;
    double margin = Paper.MARGIN_MM * pxPerMm;
    double scale = Math.min((pageW - 2 * margin) / w, (pageH - 2 * margin) / h);
    double viewW = pageW / scale;
    double viewH = pageH / scale;
    root.setAttribute("width", Svg.num(pageW));
    root.setAttribute("height", Svg.num(pageH));
    root.setAttribute(
        "viewBox",
        String.format(
            java.util.Locale.ROOT,
            "%.3f %.3f %.3f %.3f",
            -(viewW - w) / 2,
            -(viewH - h) / 2,
            viewW,
            viewH));
  }

  /**
   * FOP's PDF transcoder in PDF/A-2b mode: FOP then refuses any font it cannot embed, and the
   * document gets the XMP metadata (with the drawing's title) and the sRGB output intent that PDF/A
   * asks for. They are added where FOP has made its document but not yet written it.
   */
  private static final class PdfA extends PDFTranscoder {

    /** The DejaVu Sans faces the layout is measured with, embedded as subsets. */
    static final org.apache.fop.configuration.Configuration FONTS = fonts();

    private final String title;

    PdfA(String title) {
      this.title = title;
    }

    @Override
    protected org.apache.fop.configuration.Configuration getEffectiveConfiguration() {
      org.apache.fop.pdf.PDFDocument pdf = graphics.getPDFDocument();
      pdf.getProfile().setPDFAMode(org.apache.fop.pdf.PDFAMode.PDFA_2B);
      pdf.getInfo().setTitle(title);
      pdf.getInfo().setCreationDate(new java.util.Date());
      org.apache.xmlgraphics.xmp.Metadata xmp =
          org.apache.fop.pdf.PDFMetadata.createXMPFromPDFDocument(pdf);
      // PDF/A wants dc:title as a language alternative, as the Info dictionary's /Title is read.
      org.apache.xmlgraphics.xmp.schemas.DublinCoreAdapter dc =
          org.apache.xmlgraphics.xmp.schemas.DublinCoreSchema.getAdapter(xmp);
      dc.removeTitle(null);
      dc.setTitle("x-default", title);
      pdf.getRoot().setMetadata(pdf.getFactory().makeMetadata(xmp, false));
      org.apache.fop.pdf.PDFICCStream srgb =
          org.apache.fop.pdf.PDFICCBasedColorSpace.setupsRGBColorProfile(pdf);
      org.apache.fop.pdf.PDFOutputIntent intent = pdf.getFactory().makeOutputIntent();
      intent.setSubtype(org.apache.fop.pdf.PDFOutputIntent.GTS_PDFA1);
      intent.setDestOutputProfile(srgb);
      intent.setOutputConditionIdentifier("sRGB IEC61966-2.1");
      intent.setInfo("sRGB IEC61966-2.1");
      pdf.getRoot().addOutputIntent(intent);
      return super.getEffectiveConfiguration();
    }

    private static org.apache.fop.configuration.Configuration fonts() {
      StringBuilder xml = new StringBuilder("<pdf-transcoder><fonts>");
      for (Fonts.Face face : Fonts.DEJAVU_SANS) {
        xml.append("<font kerning=\"no\" embedding-mode=\"subset\" embed-url=\"")
            .append(Fonts.file(face).toUri())
            .append("\">");
        for (String family : new String[] {"DejaVu Sans", "Verdana", "sans-serif", "any"}) {
          xml.append("<font-triplet name=\"")
              .append(family)
              .append("\" style=\"")
              .append(face.italic() ? "italic" : "normal")
              .append("\" weight=\"")
              .append(face.bold() ? "bold" : "normal")
              .append("\"/>");
        }
        xml.append("</font>");
      }
      xml.append("</fonts></pdf-transcoder>");
      try {
        return new org.apache.fop.configuration.DefaultConfigurationBuilder()
            .build(
                new java.io.ByteArrayInputStream(
                    xml.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
      } catch (org.apache.fop.configuration.ConfigurationException e) {
        throw new IllegalStateException(e);
      }
    }
  }

  /**
   * Batik's rasteriser with the JDK's PNG encoder: Batik's own encoder tries every filter on every
   * row and took two thirds of the time of a large map.
   */
  private static final class FastPng extends ImageTranscoder {
    @Override
    public BufferedImage createImage(int width, int height) {
      // Opaque: the background is painted white, and an opaque PNG encodes faster.
      return new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
    }

    @Override
    public void writeImage(BufferedImage image, TranscoderOutput output)
        throws TranscoderException {
      ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
      ImageWriteParam param = writer.getDefaultWriteParam();
      // A fast deflate level: maps are mostly flat colour, so the files stay small anyway.
      param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
      param.setCompressionQuality(0.9f);
      try (ImageOutputStream out = new MemoryCacheImageOutputStream(output.getOutputStream())) {
        writer.setOutput(out);
        writer.write(null, new IIOImage(image, null, null), param);
      } catch (IOException e) {
        throw new TranscoderException(e);
      } finally {
        writer.dispose();
      }
    }
  }

  private static byte[] run(org.apache.batik.transcoder.Transcoder t, String svg) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
    try {
      TranscoderInput in = new TranscoderInput(new StringReader(svg));
      in.setURI("file:/processkarta/diagram.svg");
      t.transcode(in, new TranscoderOutput(out));
    } catch (TranscoderException e) {
      throw new IllegalStateException("could not transcode a diagram", e);
    }
    return out.toByteArray();
  }
}
