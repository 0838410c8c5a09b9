package se.processkarta.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.processkarta.render.AssignmentCharts;
import se.processkarta.render.AssignmentCharts.Bar;
import se.processkarta.render.AssignmentCharts.Mark;
import se.processkarta.render.AssignmentCharts.Ring;

/**
 * The assignment diagrams' budgets (issue 14): the year's portfolio of 500 assignments as SVG in ≤
 * 200 ms and the årshjul in ≤ 100 ms, warm.
 *
 * <pre>
 * ./mvnw -B -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dexec.mainClass=se.processkarta.bench.AssignmentBench
 * </pre>
 *
 * Prints a Markdown table (also written to target/benchmarks/assignments.md).
 */
public final class AssignmentBench {

  private AssignmentBench() {}

  public static void main(String[] args) throws Exception {
    List<Bar> bars = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      LocalDate start = LocalDate.of(2025, 10, 1).plusDays((i * 7L) % 400);
      List<Mark> ms = new ArrayList<>();
      for (int m = 0; m < 4; m++) {
        ms.add(new Mark(start.plusDays(30L * (m + 1)), "Milstolpe " + (m + 1)));
      }
      bars.add(
          new Bar(
              i + 1,
              "Uppdrag nummer " + (i + 1) + " för förvaltningarna",
              "COORDINATION",
              "WORKING_GROUP",
              i % 2 == 0 ? "DECIDED" : "SUBMITTED",
              start,
              start.plusDays(60 + (i * 13L) % 300),
              ms));
    }
    List<Ring> rings = new ArrayList<>();
    for (String board : List.of("Årshjulet", "KS", "SN", "BUN", "KTN", "MBN", "KF", "ÖFN", "VN")) {
      List<Mark> marks = new ArrayList<>();
      for (int d = 0; d < 60; d++) {
        marks.add(new Mark(LocalDate.of(2026, 1, 1).plusDays(d * 6L), board + " möte " + d));
      }
      rings.add(new Ring(board, marks));
    }
    LocalDate today = LocalDate.of(2026, 6, 15);
    List<String> rows = new ArrayList<>();
    rows.add("| what | median | p95 | runs | budget |");
    rows.add("|---|---|---|---|---|");
    rows.add(
        Stats.time(30, 50, () -> AssignmentCharts.portfolio(2026, bars, today))
            .row("portfolio SVG (Gantt), 500 assignments with 4 milestones each", "≤ 200 ms warm"));
    rows.add(
        Stats.time(30, 50, () -> AssignmentCharts.arshjul(2026, rings))
            .row("årshjul SVG, 9 rings × 60 dates", "≤ 100 ms warm"));
    String table = String.join("\n", rows) + "\n";
    System.out.print(table);
    Path out = Path.of("target/benchmarks/assignments.md");
    Files.createDirectories(out.getParent());
    Files.writeString(out, table, StandardCharsets.UTF_8);
  }
}
