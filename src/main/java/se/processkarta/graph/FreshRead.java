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

  FreshRead(Supplier<T> read) {
    this.read = read;
  }

  private static final class Batch<T> {
    boolean done;
    T value;
    RuntimeException error;
  }

  T get() {
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
