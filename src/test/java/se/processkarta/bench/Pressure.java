package se.processkarta.bench;

import io.micronaut.context.ApplicationContext;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import se.processkarta.changes.Actor;
import se.processkarta.changes.ChangeService;
import se.processkarta.changes.Operation;
import se.processkarta.changes.Permission;
import se.processkarta.changes.Users;

/**
 * What the mixed read load must hold up under (issue 20): {@code slow} clients that each ask for a
 * whole-model export (GraphML or draw.io) and read it at 8 KB a second, starting again when one
 * ends, and a change drafted, submitted and approved over HTTP every 2 seconds.
 */
final class Pressure {

  private static final String PASSWORD = "pressure-password-1";

  private final AtomicBoolean running = new AtomicBoolean(true);
  private final List<Thread> threads = new ArrayList<>();
  private final AtomicLong slowBytes = new AtomicLong();
  private final AtomicLong slowDownloads = new AtomicLong();
  private final AtomicLong approved = new AtomicLong();
  private final AtomicLong refused = new AtomicLong();
  private final List<Long> approvalMs = new java.util.concurrent.CopyOnWriteArrayList<>();

  private Pressure() {}

  static Pressure start(ApplicationContext ctx, String base, int slow) {
    Pressure p = new Pressure();
    URI uri = URI.create(base);
    for (int i = 0; i < slow; i++) {
      String format = i % 2 == 0 ? "graphml" : "drawio";
      p.spawn("slow-" + i, () -> p.slowReader(uri.getPort(), format));
    }
    Users users = ctx.getBean(Users.class);
    users.create("pressure-editor", PASSWORD, null, List.of("MODEL_EDITOR"));
    users.create("pressure-reviewer", PASSWORD, null, List.of("MODEL_REVIEWER"));
    ChangeService changes = ctx.getBean(ChangeService.class);
    p.spawn("approver", () -> p.approveEveryTwoSeconds(changes, base));
    return p;
  }

  private void spawn(String name, Runnable r) {
    Thread t = new Thread(r, "pressure-" + name);
    t.setDaemon(true);
    threads.add(t);
    t.start();
  }

  private void slowReader(int port, String format) {
    byte[] buf = new byte[8192];
    while (running.get()) {
      try (Socket s = new Socket()) {
        s.setReceiveBufferSize(8192);
        s.connect(new InetSocketAddress("127.0.0.1", port));
        s.setSoTimeout(5000);
        OutputStream out = s.getOutputStream();
        out.write(
            ("GET /api/export/"
                    + format
                    + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
                .getBytes(StandardCharsets.US_ASCII));
        out.flush();
        InputStream in = s.getInputStream();
        int n;
        while (running.get() && (n = in.read(buf)) > 0) {
          slowBytes.addAndGet(n);
          Thread.sleep(1000);
        }
        slowDownloads.incrementAndGet();
      } catch (Exception e) {
        sleepQuietly(200);
      }
    }
  }

  private void approveEveryTwoSeconds(ChangeService changes, String base) {
    HttpClient http = HttpClient.newHttpClient();
    String auth =
        "Basic "
            + Base64.getEncoder()
                .encodeToString(("pressure-reviewer:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    Actor editor = Actor.with("pressure-editor", Permission.MODEL_EDITOR);
    int i = 0;
    while (running.get()) {
      long next = System.nanoTime() + 2_000_000_000L;
      try {
        String code = i % 2 == 0 ? "3.3.8.3" : "2.1.1.1";
        long id =
            changes
                .create(
                    editor,
                    "Belastning " + i,
                    null,
                    List.of(
                        new Operation(
                            "updateElement",
                            code,
                            null,
                            null,
                            null,
                            null,
                            "Beskrivning " + i,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null)))
                .id();
        changes.submit(editor, id);
        long t = System.nanoTime();
        HttpResponse<String> r =
            http.send(
                HttpRequest.newBuilder(URI.create(base + "/api/changes/" + id + "/approve"))
                    .header("Authorization", auth)
                    .header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(30))
                    .POST(HttpRequest.BodyPublishers.ofString("{}"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        approvalMs.add((System.nanoTime() - t) / 1_000_000);
        if (r.statusCode() == 200) {
          approved.incrementAndGet();
        } else {
          refused.incrementAndGet();
        }
      } catch (Exception e) {
        refused.incrementAndGet();
      }
      i++;
      sleepQuietly(Math.max(0, (next - System.nanoTime()) / 1_000_000));
    }
  }

  void stop(List<String> rows) throws InterruptedException {
    running.set(false);
    for (Thread t : threads) {
      t.join(10_000);
    }
    long[] sorted = approvalMs.stream().mapToLong(Long::longValue).sorted().toArray();
    rows.add(
        "| under pressure: slow export clients (8 KB/s each) | "
            + threads.stream().filter(t -> t.getName().contains("slow")).count()
            + " held open, "
            + slowDownloads.get()
            + " downloads finished, "
            + slowBytes.get() / 1024
            + " KB read | — |");
    rows.add(
        "| under pressure: approvals every 2 s | "
            + approved.get()
            + " applied, "
            + refused.get()
            + " refused; median "
            + (sorted.length == 0 ? "—" : sorted[sorted.length / 2] + " ms")
            + " | every one applied |");
  }

  private static void sleepQuietly(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
