package se.processkarta.diagrams;

import com.github.benmanes.caffeine.cache.AsyncCache;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.context.annotation.Value;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.processkarta.changes.ModelVersion;
import se.processkarta.changes.ModelVersions;
import se.processkarta.graph.ModelHistory;
import se.processkarta.graph.ModelStamp;
import se.processkarta.model.Code;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.ProcesskartaException;
import se.processkarta.model.SwedishTime;
import se.processkarta.model.UnavailableException;
import se.processkarta.model.VersionRef;
import se.processkarta.render.DiagramRenderer;
import se.processkarta.render.PrintDocument;
import se.processkarta.render.PrintPdf;
import se.processkarta.render.RoleMatrix;
import se.processkarta.render.Transcoding;

/**
 * Serves diagrams of the current model version as SVG, PNG or PDF. Results are cached by model
 * version and request, so a published change invalidates them; the ETag is derived from the same
 * key, so a client can revalidate without anything being drawn.
 *
 * <p>Drawing is the expensive thing a client can ask for, so it is bounded:
 *
 * <ul>
 *   <li>requested widths are snapped up to one of {@link #WIDTHS}, so that different widths share
 *       cache entries;
 *   <li>a raster or PDF larger than {@code processkarta.render.max-pixels} is refused with a 400
 *       that names the limit, before any pixel is allocated;
 *   <li>one render per key at a time: concurrent requests for the same diagram wait for the one
 *       render (Caffeine's async cache holds the future);
 *   <li>renders run on a small pool ({@code threads}, with {@code queue} waiting); when it is full
 *       the answer is 503 with {@code Retry-After} instead of more memory.
 * </ul>
 *
 * The heap a render storm can take is then about {@code threads × max-pixels × 4} bytes for the
 * rasters plus the cached results ({@code cache-bytes}); see docs/benchmarks.md.
 */
@Singleton
public class DiagramService {

  /** Output formats. */
  public enum Format {
    SVG("svg", "image/svg+xml", "SVG", List.of()),
    PNG("png", "image/png", "PNG", List.of("width")),
    PDF("pdf", "application/pdf", "PDF/A-2b", List.of("paper", "orientation"));

    private final String extension;
    private final String contentType;
    private final String title;
    private final List<String> parameters;

    Format(String extension, String contentType, String title, List<String> parameters) {
      this.extension = extension;
      this.contentType = contentType;
      this.title = title;
      this.parameters = parameters;
    }

    public String extension() {
      return extension;
    }

    public String contentType() {
      return contentType;
    }

    /** The format's name for people, {@code PDF/A-2b}. */
    public String title() {
      return title;
    }

    /** The query parameters only this format reads (a PNG's width, a PDF's paper). */
    public List<String> parameters() {
      return parameters;
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

  /**
   * What to draw: a view with its parameters. The constructor checks the width and snaps it, so a
   * request that exists is valid, and the ETag and cache key are taken from the snapped width.
   */
  public record Request(
      String view,
      Optional<Code> root,
      int depth,
      String colouring,
      String person,
      Optional<LocalDate> date,
      Optional<Integer> width,
      Format format,
      Optional<Transcoding.Paper> paper) {

    /** Without paper: PDFs the drawing's own size. */
    public Request(
        String view,
        Optional<Code> root,
        int depth,
        String colouring,
        String person,
        Optional<LocalDate> date,
        Optional<Integer> width,
        Format format) {
      this(view, root, depth, colouring, person, date, width, format, Optional.empty());
    }

    public Request {
      width = width.map(DiagramService::snapWidth);
    }

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
          format.name(),
          paper.map(Transcoding.Paper::key).orElse(""));
    }
  }

  public static final int MIN_WIDTH = 200;
  public static final int MAX_WIDTH = 8000;

  /** The widths a PNG is drawn at; a requested width is rounded up to the next one. */
  public static final List<Integer> WIDTHS =
      List.of(256, 512, 768, 1024, 1536, 2048, 3072, 4096, 6144, MAX_WIDTH);

  private static final Pattern SVG_TAG = Pattern.compile("<svg\\b[^>]*>");
  private static final Pattern WIDTH = Pattern.compile("\\swidth=\"([0-9.]+)");
  private static final Pattern HEIGHT = Pattern.compile("\\sheight=\"([0-9.]+)");

  private final GraphSnapshots snapshots;
  private final ModelVersions versions;
  private final DiagramRenderer renderer = new DiagramRenderer();
  private final Clock clock;
  private final long maxPixels;
  private final int waitSeconds;
  private final ThreadPoolExecutor pool;
  private final AsyncCache<String, Diagram> diagrams;
  private final Cache<String, ModelSnapshot> snapshotCache =
      Caffeine.newBuilder().maximumSize(2).build();
  private final AtomicLong renders = new AtomicLong();
  private final AtomicInteger drawing = new AtomicInteger();
  private final AtomicInteger mostDrawing = new AtomicInteger();
  private final long heapCeiling;

  private final ModelStamp stamp;
  private final ModelHistory history;
  private volatile Version lastVersion;

  DiagramService(
      GraphSnapshots snapshots,
      ModelVersions versions,
      ModelStamp stamp,
      ModelHistory history,
      Clock clock,
      @Value("${processkarta.render.threads:2}") int threads,
      @Value("${processkarta.render.queue:16}") int queue,
      @Value("${processkarta.render.max-pixels:32000000}") long maxPixels,
      @Value("${processkarta.render.cache-bytes:67108864}") long cacheBytes,
      @Value("${processkarta.render.wait-seconds:60}") int waitSeconds) {
    this.snapshots = snapshots;
    this.versions = versions;
    this.stamp = stamp;
    this.history = history;
    this.clock = clock;
    this.maxPixels = maxPixels;
    this.waitSeconds = waitSeconds;
    // The documented ceiling (docs/benchmarks.md): each running render holds at most one raster
    // of max-pixels × 4 bytes, and Batik's intermediate buffers about as much again; finished
    // diagrams are cached up to cache-bytes. Waiting renders hold nothing yet; the rest get 503.
    this.heapCeiling = threads * maxPixels * 4L * 2L + cacheBytes;
    AtomicInteger n = new AtomicInteger();
    this.pool =
        new ThreadPoolExecutor(
            threads,
            threads,
            30,
            TimeUnit.SECONDS,
            new ArrayBlockingQueue<>(queue),
            r -> {
              Thread t = new Thread(r, "render-" + n.incrementAndGet());
              t.setDaemon(true);
              return t;
            },
            new ThreadPoolExecutor.AbortPolicy());
    this.diagrams =
        Caffeine.newBuilder()
            .maximumWeight(cacheBytes)
            .<String, Diagram>weigher((k, d) -> d.body().length + k.length())
            .executor(Runnable::run)
            .buildAsync();
  }

  @PreDestroy
  void close() {
    pool.shutdownNow();
  }

  /** The version label and date the diagrams of the current model carry. */
  public record Version(String label, LocalDate date) {}

  /** The current model version: read it once per request and pass it on. */
  public Version version() {
    // The one model version (the graph's), so that every applied change, role writes included,
    // gives new diagrams; the date is that of the newest recorded version.
    // A version's date never changes, so the relational store is asked only when the number moves.
    long number = stamp.current();
    Version seen = lastVersion;
    if (seen != null && seen.label().equals(String.valueOf(number))) {
      return seen;
    }
    Optional<ModelVersion> v = versions.current();
    Version now =
        new Version(
            String.valueOf(number),
            v.map(m -> SwedishTime.dayOf(m.createdAt())).orElseGet(() -> SwedishTime.today(clock)));
    if (v.map(ModelVersion::number).filter(n -> n == number).isPresent()) {
      lastVersion = now; // only once the relational row of this very version is there
    }
    return now;
  }

  /**
   * An earlier model version (already checked, see {@code hierarchy.PastTree#resolve}), dated the
   * day it was published: its diagrams and exports are drawn from the graph's validity intervals.
   */
  /** The version a request asked for: the current one, or a published one. */
  public Version version(VersionRef at) {
    return at instanceof VersionRef.Past p ? version(p.version()) : version();
  }

  public Version version(long number) {
    return new Version(
        String.valueOf(number),
        history.versionDates().getOrDefault(number, SwedishTime.today(clock)));
  }

  /** The ETag the request gets at this version, without drawing anything. */
  public String etag(Version v, Request request) {
    return etag(key(v, request));
  }

  /** The one cache key of a model view: the version, its day and everything the request asks. */
  private static String key(Version v, Request request) {
    return v.label() + "|" + v.date() + "|" + request.key();
  }

  /** The one cache key of any other drawing: its own key, the format and the snapped width. */
  private static String key(String key, Format format, Optional<Integer> snapped) {
    return "custom|" + key + "|" + format.name() + "|" + snapped.map(String::valueOf).orElse("");
  }

  /** How many diagrams have been drawn (not served from the cache) since start; for tests. */
  public long renders() {
    return renders.get();
  }

  /** The most renders that ran at the same time since start (never above the pool's threads). */
  public int mostConcurrentRenders() {
    return mostDrawing.get();
  }

  /**
   * The heap renders may take at most, in bytes: {@code threads × max-pixels × 4 × 2 +
   * cache-bytes}, the bound a render storm is measured against.
   */
  public long heapCeilingBytes() {
    return heapCeiling;
  }

  /** Counts {@code work} as a running render while it runs. */
  private <T> T counted(java.util.function.Supplier<T> work) {
    int now = drawing.incrementAndGet();
    mostDrawing.accumulateAndGet(now, Math::max);
    try {
      return work.get();
    } finally {
      drawing.decrementAndGet();
    }
  }

  /**
   * The drawn diagram, from the cache when this version has drawn it before. Concurrent requests
   * for the same diagram share one render.
   */
  public Diagram render(Version v, Request request) {
    return shared(key(v, request), () -> draw(v, request));
  }

  /**
   * A drawing that is not one of the model views (the before/after of a change): drawn on the same
   * pool, cached and bounded like them. {@code key} must name everything the drawing depends on;
   * the ETag is derived from it.
   */
  public Diagram render(
      String key, Format format, Optional<Integer> width, java.util.function.Supplier<String> svg) {
    Optional<Integer> snapped = width.map(DiagramService::snapWidth);
    String full = key(key, format, snapped);
    String etag = etag(full);
    return shared(
        full,
        () -> {
          renders.incrementAndGet();
          String drawn = svg.get();
          if (format != Format.SVG) {
            checkArea(drawn, snapped);
          }
          byte[] body =
              switch (format) {
                case SVG -> drawn.getBytes(StandardCharsets.UTF_8);
                case PNG -> Transcoding.png(drawn, snapped);
                case PDF -> Transcoding.pdf(drawn, Optional.empty());
              };
          return new Diagram(body, etag, format);
        });
  }

  /**
   * A page-like document (the uppdragshandling) laid out as a tagged A4 PDF: on the same pool,
   * cached and bounded like the drawings. {@code key} must name everything the document depends on;
   * the ETag ({@link #etag(String, Format, Optional)} with PDF and no width) is derived from it.
   */
  public Diagram document(String key, java.util.function.Supplier<PrintDocument> document) {
    String full = key(key, Format.PDF, Optional.empty());
    String etag = etag(full);
    return shared(
        full,
        () -> {
          renders.incrementAndGet();
          return new Diagram(PrintPdf.pdf(document.get()), etag, Format.PDF);
        });
  }

  /**
   * The ETag of a drawing keyed as {@link #render(String, Format, Optional,
   * java.util.function.Supplier)} keys it.
   */
  public String etag(String key, Format format, Optional<Integer> width) {
    return etag(key(key, format, width.map(DiagramService::snapWidth)));
  }

  private static String etag(String full) {
    return "\"" + sha256(full).substring(0, 32) + "\"";
  }

  /**
   * The drawing under {@code key}: from the cache, or drawn once on the pool however many requests
   * ask for it at the same time, each waiting at most the configured seconds (then 503).
   */
  private Diagram shared(String key, java.util.function.Supplier<Diagram> drawing) {
    CompletableFuture<Diagram> future;
    try {
      future =
          diagrams.get(
              key, (k, executor) -> CompletableFuture.supplyAsync(() -> counted(drawing), pool));
    } catch (RejectedExecutionException e) {
      throw busy();
    }
    try {
      return future.get(waitSeconds, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw busy();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw busy();
    } catch (ExecutionException e) {
      if (e.getCause() instanceof ProcesskartaException p) {
        throw p;
      }
      throw new IllegalStateException("could not draw " + key, e.getCause());
    }
  }

  private UnavailableException busy() {
    return new UnavailableException(Math.max(1, waitSeconds / 6), "render.busy");
  }

  private Diagram draw(Version v, Request request) {
    renders.incrementAndGet();
    ModelSnapshot base = snapshot(v);
    ModelSnapshot s = request.date().map(base::onDate).orElse(base);
    String svg = svg(request, s);
    if (request.format() != Format.SVG) {
      checkArea(svg, request.width());
    }
    byte[] body =
        switch (request.format()) {
          case SVG -> svg.getBytes(StandardCharsets.UTF_8);
          case PNG -> Transcoding.png(svg, request.width());
          case PDF -> Transcoding.pdf(svg, request.paper());
        };
    return new Diagram(body, etag(v, request), request.format());
  }

  /**
   * Refuses a raster (or PDF page) whose area would pass the limit: the width is bounded, the
   * height follows the drawing, and a deep tree is tall.
   */
  void checkArea(String svg, Optional<Integer> width) {
    Matcher tag = SVG_TAG.matcher(svg);
    if (!tag.find()) {
      return;
    }
    double w = number(WIDTH, tag.group());
    double h = number(HEIGHT, tag.group());
    if (w <= 0 || h <= 0) {
      return;
    }
    double scale = width.map(x -> x / w).orElse(1.0);
    long pw = Math.round(w * scale);
    long ph = Math.round(h * scale);
    if (pw * ph > maxPixels) {
      throw new InvalidInputException(
          "render.area", String.valueOf(pw), String.valueOf(ph), String.valueOf(maxPixels));
    }
  }

  private static double number(Pattern p, String tag) {
    Matcher m = p.matcher(tag);
    return m.find() ? Double.parseDouble(m.group(1)) : -1;
  }

  /** A requested width, checked and rounded up to the next of {@link #WIDTHS}. */
  static int snapWidth(int w) {
    if (w < MIN_WIDTH || w > MAX_WIDTH) {
      throw new InvalidInputException(
          "render.size", String.valueOf(w), String.valueOf(MIN_WIDTH), String.valueOf(MAX_WIDTH));
    }
    return WIDTHS.stream().filter(x -> x >= w).findFirst().orElse(MAX_WIDTH);
  }

  private String svg(Request r, ModelSnapshot s) {
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

  /** The role overview below {@code root} at {@code v}: the data of {@code roles.svg}. */
  public RoleMatrix roleMatrix(Version v, Optional<Code> root) {
    return RoleMatrix.of(snapshot(v), root);
  }

  /**
   * One snapshot per model version, read once even when several renders ask at the same time; the
   * exports read it too.
   */
  public ModelSnapshot snapshot(Version v) {
    return snapshotCache.get(
        v.label() + "|" + v.date(),
        k -> {
          long number = parseOr(v.label(), -1);
          if (number > 0 && number != stamp.current() && number >= history.span().first()) {
            // A version that is no longer the current one: read as it was.
            return history.snapshot(number).onDate(v.date());
          }
          return snapshots.read(v.label(), v.date());
        });
  }

  private static long parseOr(String s, long otherwise) {
    try {
      return Long.parseLong(s);
    } catch (NumberFormatException e) {
      return otherwise;
    }
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
