package se.processkarta.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.ProcesskartaException;

/**
 * An export written on another thread and read as an {@link InputStream}, so that a download is
 * sent while it is written and never held whole: the writer hands over chunks of {@link #CHUNK}
 * bytes through a queue of {@link #CHUNKS}, and waits while the reader (the HTTP connection) is
 * behind. At most about {@code (CHUNKS + 2) × CHUNK} bytes of output exist at any time, whatever
 * the size of the export.
 *
 * <p>{@link #start} waits for the first chunk (or the end, or the first error) before it returns,
 * so that the errors an exporter raises before writing anything (an unknown root) still become a
 * 4xx answer instead of a cut-off download. An error after that ends the stream with an {@link
 * IOException}, which aborts the response: a client never takes a truncated file for a whole one. A
 * reader that closes early (the client went away) makes the writer stop at its next chunk.
 */
public final class StreamedExport extends InputStream {

  /** Bytes per chunk handed from the writer to the reader. */
  public static final int CHUNK = 64 * 1024;

  /** Chunks that may wait in the queue. */
  public static final int CHUNKS = 4;

  private static final byte[] END = new byte[0];
  private static final long WRITER_PATIENCE_SECONDS = 120;

  private final BlockingQueue<byte[]> queue = new ArrayBlockingQueue<>(CHUNKS);
  private final CountDownLatch started = new CountDownLatch(1);
  private final CountDownLatch finished = new CountDownLatch(1);
  private volatile RuntimeException failure;
  private volatile boolean closed;
  private volatile boolean handedOver;
  private byte[] current = new byte[0];
  private int position;
  private boolean ended;

  private StreamedExport() {}

  /**
   * Starts writing {@code scope} of {@code snapshot} on {@code executor} and returns once the first
   * chunk is there or the export has ended.
   *
   * @throws ProcesskartaException when the exporter refused the scope before writing anything
   */
  public static StreamedExport start(
      DiagramExporter exporter, ModelSnapshot snapshot, ExportScope scope, Executor executor) {
    StreamedExport pipe = new StreamedExport();
    executor.execute(pipe.writer(exporter, snapshot, scope));
    try {
      pipe.started.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pipe.close();
      throw new IllegalStateException("interrupted while starting an export", e);
    }
    if (pipe.failure != null && !pipe.handedOver) {
      throw pipe.failure;
    }
    return pipe;
  }

  private Runnable writer(DiagramExporter exporter, ModelSnapshot snapshot, ExportScope scope) {
    return () -> {
      try (Chunks out = new Chunks()) {
        exporter.write(snapshot, scope, out);
      } catch (ProcesskartaException e) {
        failure = e;
      } catch (IOException e) {
        if (!closed) {
          failure = new UncheckedIOException(e);
        }
      } catch (RuntimeException | Error e) {
        failure = e instanceof RuntimeException r ? r : new IllegalStateException(e);
      } finally {
        if (failure != null || closed) {
          queue.clear();
        }
        // The end marker: after the last chunk, or alone after a failure.
        offerQuietly(END);
        started.countDown();
        finished.countDown();
      }
    };
  }

  private void offerQuietly(byte[] chunk) {
    try {
      while (!queue.offer(chunk, 1, TimeUnit.SECONDS)) {
        if (closed) {
          return;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The writer's side: fills a chunk, hands it over, waits while the queue is full. */
  private final class Chunks extends OutputStream {
    private byte[] buffer = new byte[CHUNK];
    private int size;

    @Override
    public void write(int b) throws IOException {
      if (size == buffer.length) {
        handOver();
      }
      buffer[size++] = (byte) b;
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      while (len > 0) {
        if (size == buffer.length) {
          handOver();
        }
        int n = Math.min(len, buffer.length - size);
        System.arraycopy(b, off, buffer, size, n);
        size += n;
        off += n;
        len -= n;
      }
    }

    private void handOver() throws IOException {
      if (size == 0) {
        return;
      }
      if (closed) {
        throw new IOException("the reader closed the export");
      }
      byte[] chunk = size == buffer.length ? buffer : Arrays.copyOf(buffer, size);
      try {
        long waited = 0;
        while (!queue.offer(chunk, 1, TimeUnit.SECONDS)) {
          if (closed) {
            throw new IOException("the reader closed the export");
          }
          if (++waited > WRITER_PATIENCE_SECONDS) {
            throw new IOException("the reader stopped reading the export");
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("export interrupted");
      }
      handedOver = true;
      started.countDown();
      buffer = new byte[CHUNK];
      size = 0;
    }

    @Override
    public void close() throws IOException {
      if (failure == null && !closed) {
        handOver();
      }
    }
  }

  private boolean fill() throws IOException {
    if (ended) {
      return false;
    }
    while (position >= current.length) {
      byte[] next;
      try {
        next = queue.take();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("export interrupted");
      }
      if (next == END) {
        ended = true;
        if (failure != null) {
          throw new IOException("the export failed while it was sent", failure);
        }
        return false;
      }
      current = next;
      position = 0;
    }
    return true;
  }

  @Override
  public int read() throws IOException {
    return fill() ? current[position++] & 0xFF : -1;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    if (!fill()) {
      return -1;
    }
    int n = Math.min(len, current.length - position);
    System.arraycopy(current, position, b, off, n);
    position += n;
    return n;
  }

  @Override
  public int available() {
    return current.length - position;
  }

  @Override
  public void close() {
    closed = true;
    queue.clear();
  }

  /**
   * Stops the writer and waits (a few seconds at most) until it has given its thread back: for an
   * answer whose body is never read, such as HEAD's.
   */
  public void cancel() {
    close();
    try {
      finished.await(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
