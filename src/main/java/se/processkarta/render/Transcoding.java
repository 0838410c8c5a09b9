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
 */
public final class Transcoding {

  private Transcoding() {}

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

  public static byte[] pdf(String svg) {
    PDFTranscoder t = new PDFTranscoder();
    return run(t, svg);
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
