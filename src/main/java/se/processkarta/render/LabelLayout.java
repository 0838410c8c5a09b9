package se.processkarta.render;

import java.util.ArrayList;
import java.util.List;

/**
 * Where labels go so that none covers another: in lanes under a row of marks (the timeline's
 * milestones), or stacked beside a wheel (the årshjul's dates), each as near its mark as the others
 * allow.
 */
final class LabelLayout {

  private LabelLayout() {}

  /**
   * The lane (0, 1, …) of each span {@code [start, end]}, given in order of start: the first lane
   * whose last span ends at least {@code gap} before it starts.
   */
  static int[] lanes(List<double[]> spans, double gap) {
    int[] lane = new int[spans.size()];
    List<Double> ends = new ArrayList<>();
    for (int i = 0; i < spans.size(); i++) {
      double[] s = spans.get(i);
      int l = 0;
      while (l < ends.size() && ends.get(l) + gap > s[0]) {
        l++;
      }
      if (l == ends.size()) {
        ends.add(s[1]);
      } else {
        ends.set(l, s[1]);
      }
      lane[i] = l;
    }
    return lane;
  }

  /**
   * Positions along one axis for labels that want {@code wanted} (in ascending order), at least
   * {@code step} apart and not above {@code min}: each as near its wish as that allows. When they
   * do not fit above {@code max} they run past it; the caller grows the drawing.
   */
  static double[] spread(List<Double> wanted, double step, double min, double max) {
    int n = wanted.size();
    double[] at = new double[n];
    for (int i = 0; i < n; i++) {
      at[i] = Math.max(wanted.get(i), i == 0 ? min : at[i - 1] + step);
    }
    // Pushed past the end: move back up as far as the ones above leave room.
    if (n > 0 && at[n - 1] > max) {
      at[n - 1] = Math.max(max, min + (n - 1) * step);
      for (int i = n - 2; i >= 0; i--) {
        at[i] = Math.min(at[i], at[i + 1] - step);
      }
    }
    return at;
  }
}
