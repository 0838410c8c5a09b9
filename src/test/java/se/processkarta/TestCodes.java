package se.processkarta;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * Numbers for the processes tests create under 3.3.8 in this test JVM's shared graph: each number
 * is handed out once, so no two tests draw the same code. (Random numbers in agreed ranges did
 * collide: the concurrent part of the durability test on a fast machine creates a few hundred
 * codes, and the second run of a test could draw the first run's code.)
 */
public final class TestCodes {

  // Above the fixed codes some tests use (61–899) and the seed's.
  private static final AtomicInteger NEXT = new AtomicInteger(10_000);

  private TestCodes() {}

  /** A process code under 3.3.8 that no other test in this JVM uses. */
  public static String next() {
    return "3.3.8." + number();
  }

  /** A number no other test in this JVM uses (for 3.3.8.n and its like). */
  public static int number() {
    return NEXT.getAndIncrement();
  }

  /** The first of {@code n} consecutive numbers no other test in this JVM uses. */
  public static int block(int n) {
    return NEXT.getAndAdd(n);
  }
}
