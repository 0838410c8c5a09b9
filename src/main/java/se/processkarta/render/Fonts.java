package se.processkarta.render;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The DejaVu Sans faces that text is measured with ({@link TextMeasure}) and that every PDF embeds:
 * found where the system keeps them (Debian's fonts-dejavu-core, and other layouts).
 */
public final class Fonts {

  /** A face: its file name, and whether it is italic and bold. */
  public record Face(String file, boolean italic, boolean bold) {}

  /** The four faces of DejaVu Sans. */
  public static final List<Face> DEJAVU_SANS =
      List.of(
          new Face("DejaVuSans.ttf", false, false),
          new Face("DejaVuSans-Bold.ttf", false, true),
          new Face("DejaVuSans-Oblique.ttf", true, false),
          new Face("DejaVuSans-BoldOblique.ttf", true, true));

  private static final List<String> DIRECTORIES =
      List.of(
          "/usr/share/fonts/truetype/dejavu",
          "/usr/share/fonts/dejavu",
          "/usr/share/fonts/TTF",
          "/usr/share/fonts/dejavu-sans-fonts",
          "/usr/local/share/fonts",
          "/Library/Fonts",
          System.getProperty("user.home") + "/.fonts");

  private Fonts() {}

  /** The file of a face; a clear error when the fonts are not installed. */
  public static Path file(Face face) {
    for (String dir : DIRECTORIES) {
      Path p = Path.of(dir, face.file());
      if (Files.isReadable(p)) {
        return p;
      }
    }
    throw new IllegalStateException(
        face.file() + " is missing: install the DejaVu fonts (Debian: fonts-dejavu-core)");
  }
}
