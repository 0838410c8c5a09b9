package se.processkarta.render;

import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.PNGTranscoder;
import org.apache.fop.svg.PDFTranscoder;

/**
 * Turns SVG into PNG (Batik) and PDF (FOP's transcoder for Batik). The SVG carries no DOCTYPE, so
 * nothing is fetched from the network. A new transcoder per call: they are not thread-safe.
 */
public final class Transcoding {

  private Transcoding() {}

  public static byte[] png(String svg) {
    return png(svg, java.util.Optional.empty());
  }

  /** A PNG, scaled to {@code width} pixels when given (otherwise the drawing's own size). */
  public static byte[] png(String svg, java.util.Optional<Integer> width) {
    PNGTranscoder t = new PNGTranscoder();
    width.ifPresent(w -> t.addTranscodingHint(PNGTranscoder.KEY_WIDTH, (float) w));
    return run(t, svg);
  }

  public static byte[] pdf(String svg) {
    PDFTranscoder t = new PDFTranscoder();
    return run(t, svg);
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
