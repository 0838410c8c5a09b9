package se.processkarta.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.processkarta.export.DiagramExporter;
import se.processkarta.export.ExportFiles;
import se.processkarta.export.ExportScope;
import se.processkarta.export.Exports;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.Period;
import se.processkarta.model.Person;
import se.processkarta.model.RoleAssignment;
import se.processkarta.model.RoleKind;

/**
 * The export budgets (issue 12): every format on a synthetic 10,000-element model (≤ 500 ms, XLSX ≤
 * 1.5 s), with the bytes allocated per export and the peak heap in use above the model itself; then
 * XLSX once on 100,000 elements, to show that the streaming workbook fits in a small heap:
 *
 * <pre>
 * ./mvnw -B -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp \
 *     -Dmdep.includeScope=test \
 *   &amp;&amp; java -Xmx256m -cp target/test-classes:target/classes:$(cat target/test.cp) \
 *     se.processkarta.bench.ExportBench
 * </pre>
 *
 * Prints a Markdown table (also written to target/benchmarks/export.md). Output goes to a counting
 * stream, so the output itself is not held in memory (the endpoint and the command write to a
 * socket or a file as well).
 */
public final class ExportBench {

  private ExportBench() {}

  public static void main(String[] args) throws Exception {
    List<String> rows = new ArrayList<>();
    rows.add(
        "| format | elements | median | p95 | runs | output | allocated | peak heap above model | budget |");
    rows.add("|---|---|---|---|---|---|---|---|---|");
    ModelSnapshot model = model(10_000);
    for (DiagramExporter e : Exports.standard().all()) {
      boolean xlsx = e.format().equals("xlsx");
      rows.add(row(e, model, 3, xlsx ? 7 : 15, xlsx ? "≤ 1.5 s" : "≤ 500 ms"));
    }
    // The endpoint's path: written on a writer thread into the pipe and read (here into a
    // counting sink, there into the socket) as it is written; what the download holds at once.
    rows.add("");
    rows.add(
        "| format, through the endpoint's file (ExportFiles) | elements | median | p95 | runs"
            + " | output | peak heap above model | budget |");
    rows.add("|---|---|---|---|---|---|---|---|");
    java.util.concurrent.ExecutorService writer =
        java.util.concurrent.Executors.newSingleThreadExecutor();
    try {
      for (DiagramExporter e : Exports.standard().all()) {
        boolean xlsx = e.format().equals("xlsx");
        rows.add(streamed(e, model, writer, 3, xlsx ? 7 : 15, xlsx ? "≤ 1.5 s" : "≤ 500 ms"));
      }
    } finally {
      writer.shutdownNow();
    }
    model = null;
    rows.add("");
    rows.add(
        "| format | elements | median | p95 | runs | output | allocated | peak heap above model |"
            + " budget |");
    rows.add("|---|---|---|---|---|---|---|---|---|");
    ModelSnapshot big = model(100_000);
    rows.add(row(Exports.standard().get("xlsx"), big, 1, 3, "streaming: fits the heap"));
    rows.add("");
    rows.add(
        String.format(
            "Java %s, max heap %d MB, %d processors.",
            System.getProperty("java.version"),
            Runtime.getRuntime().maxMemory() >> 20,
            Runtime.getRuntime().availableProcessors()));
    String table = String.join("\n", rows) + "\n";
    System.out.print(table);
    Path out = Path.of("target/benchmarks/export.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table, StandardCharsets.UTF_8);
  }

  private static String row(
      DiagramExporter e, ModelSnapshot model, int warmup, int runs, String budget)
      throws Exception {
    Counting sink = new Counting();
    Stats.Result t =
        Stats.time(
            warmup,
            runs,
            () -> {
              sink.count = 0;
              return null;
            },
            () -> {
              e.write(model, ExportScope.all(), sink);
              return null;
            });
    // One more run, measured for memory: bytes allocated by this thread, and the peak of the heap
    // pools above what was in use after a full collection (the model and the JVM's own).
    com.sun.management.ThreadMXBean threads =
        (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
    System.gc();
    long base = heapUsed();
    List<MemoryPoolMXBean> pools = heapPools();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    long before = threads.getCurrentThreadAllocatedBytes();
    e.write(model, ExportScope.all(), sink);
    long allocated = threads.getCurrentThreadAllocatedBytes() - before;
    long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return String.format(
        "| %s | %,d | %.0f ms | %.0f ms | %d | %.1f MB | %.0f MB | %.0f MB | %s |",
        e.format(),
        model.elements().size(),
        t.medianMs(),
        t.p95Ms(),
        t.runs(),
        sink.count / 1e6,
        allocated / 1e6,
        Math.max(0, peak - base) / 1e6,
        budget);
  }

  private static final java.util.concurrent.atomic.AtomicLong RUN =
      new java.util.concurrent.atomic.AtomicLong();
  private static ExportFiles files;

  /** The endpoint's files, in a directory of the benchmark's own; each run a new version. */
  private static synchronized ExportFiles files(java.util.concurrent.Executor writer)
      throws java.io.IOException {
    if (files == null) {
      files =
          new ExportFiles(
              java.nio.file.Files.createTempDirectory("exportbench"), 256L << 20, writer);
    }
    return files;
  }

  private static String streamed(
      DiagramExporter e,
      ModelSnapshot model,
      java.util.concurrent.ExecutorService writer,
      int warmup,
      int runs,
      String budget)
      throws Exception {
    Counting sink = new Counting();
    Stats.Result t =
        Stats.time(
            warmup,
            runs,
            () -> {
              sink.count = 0;
              return null;
            },
            () -> {
              java.nio.file.Files.copy(
                  files(writer).file(e, model, ExportScope.all(), "run-" + RUN.incrementAndGet()),
                  sink);
              return null;
            });
    System.gc();
    long base = heapUsed();
    List<MemoryPoolMXBean> pools = heapPools();
    pools.forEach(MemoryPoolMXBean::resetPeakUsage);
    java.nio.file.Files.copy(
        files(writer).file(e, model, ExportScope.all(), "run-" + RUN.incrementAndGet()), sink);
    long peak = pools.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
    return String.format(
        "| %s | %,d | %.0f ms | %.0f ms | %d | %.1f MB | %.0f MB | %s |",
        e.format(),
        model.elements().size(),
        t.medianMs(),
        t.p95Ms(),
        t.runs(),
        sink.count / 1e6,
        Math.max(0, peak - base) / 1e6,
        budget);
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(p -> p.getType() == MemoryType.HEAP)
        .toList();
  }

  private static long heapUsed() {
    return heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
  }

  /**
   * A model of {@code n} elements shaped like a large municipality's: 3 verksamhetstyper, 10
   * områden each, 10 processgrupper each, 5 processes each, the rest activities spread over the
   * processes; an owner on every element from level 2, a lead on every other process and a team of
   * three on each process.
   */
  static ModelSnapshot model(int n) {
    String[] words = {
      "Planera", "Genomföra", "Följa upp", "Utveckla", "Hantera", "Besluta om", "Samordna", "Stödja"
    };
    String[] things = {
      "förskola", "äldreomsorg", "bygglov", "löner", "upphandling", "överförmyndare", "kulturskola"
    };
    List<Element> elements = new ArrayList<>();
    List<Code> processes = new ArrayList<>();
    for (int t = 1; t <= 3; t++) {
      elements.add(element(Code.parse(String.valueOf(t)), "Verksamhetstyp " + t, 0));
      for (int a = 1; a <= 10; a++) {
        Code area = Code.parse(t + "." + a);
        elements.add(element(area, "Område " + things[a % things.length] + " " + a, a));
        for (int g = 0; g < 10; g++) {
          Code group = area.child(g);
          elements.add(element(group, "Processgrupp för " + things[g % things.length], g));
          for (int p = 0; p < 5; p++) {
            Code process = group.child(p);
            processes.add(process);
            elements.add(element(process, words[p] + " " + things[(g + p) % things.length], p));
          }
        }
      }
    }
    int activities = n - elements.size();
    for (int i = 0; i < activities; i++) {
      Code process = processes.get(i % processes.size());
      Code activity = process.child(i / processes.size() + 1);
      elements.add(element(activity, words[i % words.length] + " steg " + (i + 1) + " – åäö", i));
    }
    List<Person> people = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      people.add(new Person("person-" + i, "Förnamn Efternamn " + i, null, null, null));
    }
    Period always = new Period(LocalDate.of(2020, 1, 1), null);
    List<RoleAssignment> roles = new ArrayList<>();
    int k = 0;
    for (Element e : elements) {
      if (e.level().number() < 2 || e.level().number() > 4) {
        continue;
      }
      k++;
      roles.add(
          new RoleAssignment(
              RoleKind.OWNER, e.code(), "person-" + (k % 200), always, null, null, null));
      if (e.level().number() == 4) {
        if (k % 2 == 0) {
          roles.add(
              new RoleAssignment(
                  RoleKind.LEAD, e.code(), "person-" + ((k + 7) % 200), always, null, null, null));
        }
        for (int m = 0; m < 3; m++) {
          roles.add(
              new RoleAssignment(
                  RoleKind.TEAM_MEMBER,
                  e.code(),
                  "person-" + ((k + 13 * (m + 1)) % 200),
                  always,
                  "Kompetens " + m,
                  null,
                  null));
        }
      }
    }
    return new ModelSnapshot(
        "bench", LocalDate.of(2026, 11, 22), elements, people, roles, List.of(), List.of());
  }

  private static Element element(Code code, String name, int i) {
    return new Element(
        code,
        name,
        i % 3 == 0 ? "Beskrivning av " + name + ", med \"citat\" & <tecken>; rad två" : null,
        i % 2 == 0 ? "Syftet är att " + name.toLowerCase(java.util.Locale.ROOT) : null,
        i % 4 == 0 ? "Invånare" : null,
        null);
  }

  /** Counts and discards what is written. */
  private static final class Counting extends OutputStream {
    long count;

    @Override
    public void write(int b) {
      count++;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      count += len;
    }
  }
}
