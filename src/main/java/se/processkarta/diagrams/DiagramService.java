package se.processkarta.diagrams;

import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import se.processkarta.changes.ModelVersion;
import se.processkarta.changes.ModelVersions;
import se.processkarta.graph.ModelStamp;
import se.processkarta.model.Code;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.render.DiagramRenderer;
import se.processkarta.render.Transcoding;

/**
 * Serves diagrams of the current model version as SVG, PNG or PDF. Results are cached by model
 * version and request, so a published change invalidates them; the ETag is derived from the same
 * key, so a client can revalidate without anything being drawn.
 */
@Singleton
public class DiagramService {

  /** Output formats. */
  public enum Format {
    SVG("image/svg+xml"),
    PNG("image/png"),
    PDF("application/pdf");

    private final String contentType;

    Format(String contentType) {
      this.contentType = contentType;
    }

    public String contentType() {
      return contentType;
    }

    /** The format for a file extension, or a 400. */
    public static Format of(String extension) {
      return switch (extension) {
        case "svg" -> SVG;
        case "png" -> PNG;
        case "pdf" -> PDF;
        default -> throw new InvalidInputException("render.format", extension);
      };
    }
  }

  /** A drawn diagram. */
  public record Diagram(byte[] body, String etag, Format format) {}

  /** What to draw: a view with its parameters, already checked. */
  public record Request(
      String view,
      Optional<Code> root,
      int depth,
      String colouring,
      String person,
      Optional<LocalDate> date,
      Optional<Integer> width,
      Format format) {

    String key() {
      return String.join(
          "|",
          view,
          root.map(Code::toString).orElse(""),
          String.valueOf(depth),
          colouring,
          person,
          date.map(LocalDate::toString).orElse(""),
          width.map(String::valueOf).orElse(""),
          format.name());
    }
  }

  public static final int MIN_WIDTH = 200;
  public static final int MAX_WIDTH = 8000;
  private static final int CACHE_ENTRIES = 64;
  private static final ZoneId ZONE = ZoneId.of("Europe/Stockholm");

  private final GraphSnapshots snapshots;
  private final ModelVersions versions;
  private final DiagramRenderer renderer = new DiagramRenderer();
  private final Clock clock;
  private final Map<String, Diagram> cache =
      new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Diagram> eldest) {
          return size() > CACHE_ENTRIES;
        }
      };
  private Map.Entry<String, ModelSnapshot> snapshot;

  private final ModelStamp stamp;

  DiagramService(GraphSnapshots snapshots, ModelVersions versions, ModelStamp stamp, Clock clock) {
    this.snapshots = snapshots;
    this.versions = versions;
    this.stamp = stamp;
    this.clock = clock;
  }

  /** The version label and date the diagrams of the current model carry. */
  public record Version(String label, LocalDate date) {}

  /** The current model version: read it once per request and pass it on. */
  public Version version() {
    // The one model version (the graph's), so that every applied change, role writes included,
    // gives new diagrams; the date is that of the newest recorded version.
    long number = stamp.current();
    Optional<ModelVersion> v = versions.current();
    return new Version(
        String.valueOf(number),
        v.map(m -> m.createdAt().atZone(ZONE).toLocalDate()).orElseGet(() -> LocalDate.now(clock)));
  }

  /** The ETag the request gets at this version, without drawing anything. */
  public String etag(Version v, Request request) {
    return "\"" + sha256(v.label() + "|" + v.date() + "|" + request.key()).substring(0, 32) + "\"";
  }

  /** The drawn diagram, from the cache when this version has drawn it before. */
  public Diagram render(Version v, Request request) {
    if (request.width().isPresent()) {
      int w = request.width().get();
      if (w < MIN_WIDTH || w > MAX_WIDTH) {
        throw new InvalidInputException(
            "render.size", String.valueOf(w), String.valueOf(MIN_WIDTH), String.valueOf(MAX_WIDTH));
      }
    }
    String key = v.label() + "|" + v.date() + "|" + request.key();
    synchronized (cache) {
      Diagram hit = cache.get(key);
      if (hit != null) {
        return hit;
      }
    }
    ModelSnapshot base = snapshot(v);
    ModelSnapshot s = request.date().map(base::onDate).orElse(base);
    String svg = draw(request, s);
    byte[] body =
        switch (request.format()) {
          case SVG -> svg.getBytes(StandardCharsets.UTF_8);
          case PNG -> Transcoding.png(svg, request.width());
          case PDF -> Transcoding.pdf(svg);
        };
    Diagram d = new Diagram(body, etag(v, request), request.format());
    synchronized (cache) {
      cache.put(key, d);
    }
    return d;
  }

  private String draw(Request r, ModelSnapshot s) {
    Function<ModelSnapshot, String> view =
        switch (r.view()) {
          case "map" -> snap -> renderer.processMap(snap, r.root());
          case "tree" ->
              snap ->
                  renderer.tree(
                      snap,
                      r.root(),
                      r.depth(),
                      "type".equals(r.colouring())
                          ? DiagramRenderer.TreeColouring.TYPE
                          : DiagramRenderer.TreeColouring.LEVEL);
          case "roles" -> snap -> renderer.roleMatrix(snap, r.root());
          case "person" -> snap -> renderer.personCard(snap, r.person());
          default -> throw new IllegalArgumentException(r.view());
        };
    return view.apply(s);
  }

  /** One snapshot per model version; a new version replaces it. */
  private ModelSnapshot snapshot(Version v) {
    String key = v.label() + "|" + v.date();
    synchronized (this) {
      if (snapshot != null && snapshot.getKey().equals(key)) {
        return snapshot.getValue();
      }
    }
    ModelSnapshot s = snapshots.read(v.label(), v.date());
    synchronized (this) {
      snapshot = Map.entry(key, s);
      synchronized (cache) {
        cache.keySet().removeIf(k -> !k.startsWith(key + "|"));
      }
    }
    return s;
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
