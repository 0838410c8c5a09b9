package se.processkarta.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.NotFoundException;

/**
 * The pipe a download is sent through: the whole output arrives, the writer never runs more than a
 * few chunks ahead of the reader, a refusal before the first byte is thrown to the caller (a 4xx),
 * a failure later ends the stream with an error (never a silent short file), and a reader that goes
 * away stops the writer.
 */
class StreamedExportTest {

  private final ExecutorService executor = Executors.newCachedThreadPool();
  private static final ModelSnapshot EMPTY =
      ModelSnapshot.ofElements("1", LocalDate.of(2026, 1, 1), List.of());

  @AfterEach
  void stop() {
    executor.shutdownNow();
  }

  /** Writes {@code total} bytes (a counting pattern), then fails if {@code failure} is set. */
  private static DiagramExporter exporter(
      long total, AtomicLong written, RuntimeException failure, AtomicReference<Throwable> ended) {
    return new DiagramExporter() {
      @Override
      public String format() {
        return "test";
      }

      @Override
      public String extension() {
        return "txt";
      }

      @Override
      public String mediaType() {
        return "text/plain";
      }

      @Override
      public String description() {
        return "test";
      }

      @Override
      public void write(ModelSnapshot snapshot, ExportScope scope, OutputStream out)
          throws IOException {
        try {
          byte[] block = new byte[1000];
          for (long i = 0; i < total; i += block.length) {
            int n = (int) Math.min(block.length, total - i);
            for (int k = 0; k < n; k++) {
              block[k] = (byte) ((i + k) % 251);
            }
            out.write(block, 0, n);
            written.addAndGet(n);
          }
          if (failure != null) {
            throw failure;
          }
        } catch (IOException | RuntimeException e) {
          ended.set(e);
          throw e;
        }
      }
    };
  }

  @Test
  void theWholeOutputArrivesWhileTheWriterStaysAFewChunksAhead() throws Exception {
    long total = 5_000_000;
    AtomicLong written = new AtomicLong();
    InputStream in =
        StreamedExport.start(
            exporter(total, written, null, new AtomicReference<>()),
            EMPTY,
            ExportScope.all(),
            executor);
    byte[] buffer = new byte[8192];
    long read = 0;
    long maxAhead = 0;
    int n;
    while ((n = in.read(buffer)) > 0) {
      for (int k = 0; k < n; k++) {
        assertThat(buffer[k]).isEqualTo((byte) ((read + k) % 251));
      }
      read += n;
      maxAhead = Math.max(maxAhead, written.get() - read);
      Thread.sleep(0, 1000); // a reader slower than the writer
    }
    assertThat(read).isEqualTo(total);
    assertThat(maxAhead).isLessThanOrEqualTo((StreamedExport.CHUNKS + 3L) * StreamedExport.CHUNK);
  }

  @Test
  void aRefusalBeforeTheFirstByteIsThrownToTheCaller() {
    assertThatThrownBy(
            () ->
                StreamedExport.start(
                    exporter(
                        0,
                        new AtomicLong(),
                        new NotFoundException("export.rootNotFound", "9"),
                        new AtomicReference<>()),
                    EMPTY,
                    ExportScope.all(),
                    executor))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aFailureAfterTheFirstChunkEndsTheStreamWithAnErrorNotAShortFile() throws Exception {
    InputStream in =
        StreamedExport.start(
            exporter(
                1_000_000,
                new AtomicLong(),
                new IllegalStateException("boom"),
                new AtomicReference<>()),
            EMPTY,
            ExportScope.all(),
            executor);
    ByteArrayOutputStream sink = new ByteArrayOutputStream();
    assertThatThrownBy(() -> in.transferTo(sink)).isInstanceOf(IOException.class);
  }

  @Test
  void aReaderThatGoesAwayStopsTheWriter() throws Exception {
    AtomicReference<Throwable> ended = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    AtomicLong written = new AtomicLong();
    DiagramExporter endless = exporter(Long.MAX_VALUE / 2, written, null, ended);
    InputStream in =
        StreamedExport.start(
            endless,
            EMPTY,
            ExportScope.all(),
            r ->
                executor.execute(
                    () -> {
                      r.run();
                      done.countDown();
                    }));
    in.read(new byte[1000]);
    in.close();
    assertThat(done.await(30, TimeUnit.SECONDS)).as("the writer stopped").isTrue();
    assertThat(ended.get()).isInstanceOf(IOException.class);
    assertThat(written.get()).isLessThan(100L * StreamedExport.CHUNK);
  }
}
