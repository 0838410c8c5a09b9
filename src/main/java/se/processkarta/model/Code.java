package se.processkarta.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Klassa code such as {@code 3.5.10}: one to five dot-separated non-negative numbers. Codes sort
 * numerically segment by segment, so {@code 3.5.10} comes after {@code 3.5.9}.
 */
public record Code(List<Integer> segments) implements Comparable<Code> {

  // No leading zeros: 03.5 and 3.05 are not 3.5 (they were taken as it), but X.Y.0 is a code.
  private static final Pattern SYNTAX =
      Pattern.compile("(0|[1-9]\\d{0,5})(\\.(0|[1-9]\\d{0,5})){0,4}");

  public Code {
    segments = List.copyOf(segments);
    if (segments.isEmpty() || segments.size() > Level.values().length) {
      throw new InvalidInputException("code.invalid", segments.toString());
    }
    for (int s : segments) {
      if (s < 0) {
        throw new InvalidInputException("code.invalid", segments.toString());
      }
    }
  }

  /** Parses a code, answering a domain error (400) for anything that is not a Klassa code. */
  public static Code parse(String text) {
    return tryParse(text).orElseThrow(() -> new InvalidInputException("code.invalid", text));
  }

  public static Optional<Code> tryParse(String text) {
    if (text == null || !SYNTAX.matcher(text).matches()) {
      return Optional.empty();
    }
    return Optional.of(
        new Code(
            Arrays.stream(text.split("\\.")).map(Integer::valueOf).collect(Collectors.toList())));
  }

  public Level level() {
    return Level.ofNumber(segments.size());
  }

  public Optional<Code> parent() {
    return segments.size() == 1
        ? Optional.empty()
        : Optional.of(new Code(segments.subList(0, segments.size() - 1)));
  }

  public Code child(int segment) {
    List<Integer> child = new ArrayList<>(segments);
    child.add(segment);
    return new Code(child);
  }

  public int last() {
    return segments.get(segments.size() - 1);
  }

  /** True when this code is {@code X.Y.0}, {@code X.Y.Z.0}: the element leading its parent. */
  public boolean isLeading() {
    return segments.size() >= 3 && last() == 0;
  }

  /** True when {@code other} lies strictly below this code. */
  public boolean isAncestorOf(Code other) {
    return other.segments.size() > segments.size()
        && other.segments.subList(0, segments.size()).equals(segments);
  }

  /** All codes from the root down to, and including, this one. */
  public List<Code> lineage() {
    List<Code> out = new ArrayList<>();
    for (int i = 1; i <= segments.size(); i++) {
      out.add(new Code(segments.subList(0, i)));
    }
    return out;
  }

  /**
   * A string that sorts like the code does: each segment zero-padded to six digits. Stored on the
   * graph so that Cypher can order numerically.
   */
  public String sortKey() {
    return segments.stream().map(s -> String.format("%06d", s)).collect(Collectors.joining("."));
  }

  @Override
  public int compareTo(Code o) {
    int n = Math.min(segments.size(), o.segments.size());
    for (int i = 0; i < n; i++) {
      int c = Integer.compare(segments.get(i), o.segments.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(segments.size(), o.segments.size());
  }

  @Override
  public String toString() {
    // A plain loop: renderers and exporters ask for the text of every code, often several times.
    StringBuilder out = new StringBuilder(segments.size() * 3);
    for (int i = 0; i < segments.size(); i++) {
      if (i > 0) {
        out.append('.');
      }
      out.append(segments.get(i).intValue());
    }
    return out.toString();
  }
}
