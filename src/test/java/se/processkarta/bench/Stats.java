package se.processkarta.bench;

import java.util.Arrays;
import java.util.concurrent.Callable;

/** Times a task many times after a warm-up and reports the median and 95th percentile. */
final class Stats {

  record Result(double medianMs, double p95Ms, int runs) {
    String row(String what, String budget) {
      return String.format(
          "| %s | %.2f ms | %.2f ms | %d | %s |", what, medianMs, p95Ms, runs, budget);
    }
  }

  private Stats() {}

  static Result time(int warmup, int runs, Callable<?> task) throws Exception {
    return time(warmup, runs, () -> null, task);
  }

  /** As {@link #time(int, int, Callable)}, with {@code before} run untimed before each call. */
  static Result time(int warmup, int runs, Callable<?> before, Callable<?> task) throws Exception {
    for (int i = 0; i < warmup; i++) {
      before.call();
      task.call();
    }
    double[] ms = new double[runs];
    for (int i = 0; i < runs; i++) {
      before.call();
      long t = System.nanoTime();
      task.call();
      ms[i] = (System.nanoTime() - t) / 1e6;
    }
    Arrays.sort(ms);
    return new Result(ms[runs / 2], ms[(int) Math.ceil(runs * 0.95) - 1], runs);
  }
}
