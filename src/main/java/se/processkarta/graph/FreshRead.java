package se.processkarta.graph;

import java.util.function.Supplier;

/**
 * A read that many threads share without ever answering one of them with a value read before it
 * asked. A caller joins the next read that has not started yet; at most one read runs at a time,
 * and when it ends, one of the callers waiting for the next read starts it for all of them.
 *
 * <p>So under load the number of reads is bounded by how fast one read runs, not by the number of
 * requests, and every caller still sees every write that committed before it called: the read it
 * gets started after it arrived. A cache with a time to live would not promise that.
 */
final class FreshRead<T> {

  private final Supplier<T> read;
  private Batch<T> open;
  private boolean reading;

  /** The value this thread has pinned inside {@link #pinned}; null outside it. */
  private final ThreadLocal<Pin<T>> pins = new ThreadLocal<>();

  private static final class Pin<T> {
    boolean read;
    T value;
  }

  FreshRead(Supplier<T> read) {
    this.read = read;
  }

  private static final class Batch<T> {
    boolean done;
    T value;
    RuntimeException error;
  }

  /**
   * Runs {@code work} with one read for all of it on this thread: its first {@link #get} reads as
   * usual, the later ones answer the same value. That value still started after {@code work} was
   * called, so a request that asks for several things keyed by the same read (an element and its
   * roles) gets one consistent value and pays one round trip instead of one per lookup.
   */
  <R> R pinned(Supplier<R> work) {
    if (pins.get() != null) {
      return work.get();
    }
    pins.set(new Pin<>());
    try {
      return work.get();
    } finally {
      pins.remove();
    }
  }

  T get() {
    Pin<T> pin = pins.get();
    if (pin == null) {
      return fresh();
    }
    if (!pin.read) {
      pin.value = fresh();
      pin.read = true;
    }
    return pin.value;
  }

  private T fresh() {
    Batch<T> mine;
    boolean interrupted = false;
    synchronized (this) {
      if (open == null) {
        open = new Batch<>();
      }
      mine = open;
      while (reading && !mine.done) {
        try {
          wait();
        } catch (InterruptedException e) {
          interrupted = true;
        }
      }
      if (!mine.done) {
        // No read is running and ours has not started: start it, and close it to newcomers.
        reading = true;
        open = null;
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    if (!mine.done) {
      T value = null;
      RuntimeException error = null;
      try {
        value = read.get();
      } catch (RuntimeException e) {
        error = e;
      }
      synchronized (this) {
        mine.value = value;
        mine.error = error;
        mine.done = true;
        reading = false;
        notifyAll();
      }
    }
    if (mine.error != null) {
      throw mine.error;
    }
    return mine.value;
  }
}
