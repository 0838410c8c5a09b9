package se.processkarta.render;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.imageio.ImageIO;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.util.XMLResourceDescriptor;
import org.w3c.dom.svg.SVGDocument;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.seed.SeedSnapshots;

/** Shared checks: parse SVG offline with Batik, and tell a drawn PNG from a blank one. */
public final class SvgChecks {

  /** {@code -Dgolden.update=true} rewrites golden files and diagrams/ instead of comparing. */
  public static final boolean UPDATE = Boolean.getBoolean("golden.update");

  private SvgChecks() {}

  /** The model-seed as a snapshot labelled "golden", with roles as of the seed's "today". */
  public static ModelSnapshot seed(String version) {
    return SeedSnapshots.read(
            StandardSet.SEED_DIRS.stream().map(Path::of).toList(), StandardSet.SEED_DATE)
        .withVersion(version);
  }

  /** Parses with Batik's SVG parser; no DTD is fetched. */
  public static SVGDocument parse(String svg) {
    try {
      SAXSVGDocumentFactory f =
          new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
      return f.createSVGDocument("file:/test/diagram.svg", new StringReader(svg));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Asserts that a PNG shows a drawing: enough non-white pixels in several colours. */
  public static void assertNotBlank(byte[] png) {
    try {
      BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
      assertThat(img).isNotNull();
      long inked = 0;
      Set<Integer> colours = new HashSet<>();
      for (int y = 0; y < img.getHeight(); y += 2) {
        for (int x = 0; x < img.getWidth(); x += 2) {
          int rgb = img.getRGB(x, y);
          int alpha = rgb >>> 24;
          if (alpha > 0 && (rgb & 0xffffff) != 0xffffff) {
            inked++;
            colours.add(rgb & 0xf0f0f0);
          }
        }
      }
      long sampled = (long) ((img.getHeight() + 1) / 2) * ((img.getWidth() + 1) / 2);
      assertThat(inked).as("inked pixels").isGreaterThan(sampled / 100);
      assertThat(colours.size()).as("distinct colours").isGreaterThan(3);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Compares with a file, or writes it when updating. */
  public static void assertSameAsFile(String actual, Path file) {
    try {
      if (UPDATE) {
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
        return;
      }
      assertThat(Files.exists(file))
          .as(file + " is missing; run with -Dgolden.update=true to create it")
          .isTrue();
      String expected = Files.readString(file, StandardCharsets.UTF_8);
      assertThat(actual.equals(expected))
          .as(file + " differs; run with -Dgolden.update=true and review the diff")
          .isTrue();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static List<String> lines(String s) {
    return s.lines().toList();
  }
}
