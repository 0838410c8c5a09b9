package se.processkarta.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class FreshReadTest {

  private static void pause() {
    try {
      Thread.sleep(5);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void noCallerGetsAValueReadBeforeItAskedAndConcurrentCallersShareReads() throws Exception {
    AtomicLong version = new AtomicLong();
    AtomicInteger reads = new AtomicInteger();
    FreshRead<Long> fresh =
        new FreshRead<>(
            () -> {
              reads.incrementAndGet();
              long v = version.get();
              pause(); // a slow read: writes land while it runs
              return v;
            });
    int callers = 32;
    int rounds = 40;
    ExecutorService pool = Executors.newFixedThreadPool(callers + 1);
    CountDownLatch go = new CountDownLatch(1);
    Future<?> writer =
        pool.submit(
            () -> {
              go.await();
              for (int i = 0; i < rounds * 4; i++) {
                version.incrementAndGet();
                pause();
              }
              return null;
            });
    List<Future<Integer>> stale = new ArrayList<>();
    for (int c = 0; c < callers; c++) {
      stale.add(
          pool.submit(
              () -> {
                go.await();
                int seen = 0;
                for (int i = 0; i < rounds; i++) {
                  long before = version.get();
                  if (fresh.get() < before) {
                    seen++;
                  }
                }
                return seen;
              }));
    }
    go.countDown();
    int staleAnswers = 0;
    for (Future<Integer> f : stale) {
      staleAnswers += f.get();
    }
    writer.get();
    pool.shutdown();
    assertThat(staleAnswers).isZero();
    // 1,280 calls; one read at a time, each serving everyone who arrived before it started.
    assertThat(reads.get()).isLessThan(callers * rounds / 4);
  }

  @Test
  void aFailedReadFailsItsCallersAndTheNextCallReadsAgain() {
    AtomicInteger calls = new AtomicInteger();
    FreshRead<Integer> fresh =
        new FreshRead<>(
            () -> {
              if (calls.incrementAndGet() == 1) {
                throw new IllegalStateException("down");
              }
              return 7;
            });
    assertThatThrownBy(fresh::get).hasMessage("down");
    assertThat(fresh.get()).isEqualTo(7);
  }

  @Test
  void aPinnedCallReadsOnceAndStillSeesEveryWriteBeforeIt() {
    AtomicLong version = new AtomicLong(7);
    AtomicInteger reads = new AtomicInteger();
    FreshRead<Long> fresh =
        new FreshRead<>(
            () -> {
              reads.incrementAndGet();
              return version.get();
            });
    version.set(8); // committed before the call: the pinned value must show it
    long[] seen =
        fresh.pinned(
            () -> {
              long first = fresh.get();
              version.set(9); // during the call: the pin keeps one consistent value
              long second = fresh.pinned(fresh::get);
              return new long[] {first, second};
            });
    assertThat(seen).containsExactly(8, 8);
    assertThat(reads.get()).isEqualTo(1);
    // Outside the pin every call reads again.
    assertThat(fresh.get()).isEqualTo(9);
    assertThat(reads.get()).isEqualTo(2);
  }
}
