package se.processkarta.export;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Stream;
import se.processkarta.model.ModelSnapshot;

/**
 * Exports written to files, once per format, scope and model version, and then served from the file
 * (the server sends a file without holding a thread): a client that reads slowly, or never, holds
 * only its connection, never a writer. A version never changes, so its file never goes stale; the
 * files of a directory are kept up to {@code maxBytes}, the least recently used removed first, and
 * the directory is emptied when the service starts. Concurrent requests for one file share one
 * write. An exporter's refusal (an unknown root) comes out of {@link #file} as it was thrown.
 */
public final class ExportFiles {

  private final Path dir;
  private final long maxBytes;
  private final Executor writers;
  private final ConcurrentHashMap<String, CompletableFuture<Path>> pending =
      new ConcurrentHashMap<>();

  /**
   * @param writers runs the writes; one that refuses work (all writers busy) makes {@link #file}
   *     throw {@link RejectedExecutionException}
   */
  public ExportFiles(Path dir, long maxBytes, Executor writers) {
    this.dir = dir.toAbsolutePath().normalize();
    this.maxBytes = maxBytes;
    this.writers = writers;
    try {
      Files.createDirectories(this.dir);
      try (Stream<Path> old = Files.list(this.dir)) {
        for (Path p : old.toList()) {
          Files.deleteIfExists(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the export directory " + this.dir + " cannot be used", e);
    }
  }

  /**
   * The file of {@code scope} of {@code snapshot} in {@code exporter}'s format; {@code version}
   * names the snapshot (its model version and date), so that each version has its own files.
   */
  public Path file(
      DiagramExporter exporter, ModelSnapshot snapshot, ExportScope scope, String version) {
    String name =
        digest(exporter.format() + "|" + scope.root() + "|" + scope.depth() + "|" + version);
    Path target = dir.resolve(name);
    if (Files.exists(target)) {
      touch(target);
      return target;
    }
    CompletableFuture<Path> write =
        pending.computeIfAbsent(
            name,
            n -> {
              CompletableFuture<Path> f =
                  CompletableFuture.supplyAsync(
                      () -> write(exporter, snapshot, scope, target), writers);
              f.whenComplete((p, e) -> pending.remove(n));
              return f;
            });
    try {
      return write.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      throw e;
    }
  }

  private Path write(
      DiagramExporter exporter, ModelSnapshot snapshot, ExportScope scope, Path target) {
    Path tmp = null;
    try {
      tmp = Files.createTempFile(dir, target.getFileName().toString(), ".tmp");
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp), 64 * 1024)) {
        exporter.write(snapshot, scope, out);
      }
      Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      tmp = null;
      evict(target);
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (tmp != null) {
        try {
          Files.deleteIfExists(tmp);
        } catch (IOException ignored) {
          // a leftover temporary file is removed at the next start
        }
      }
    }
  }

  /** Removes the least recently used files until the rest fit in {@code maxBytes}. */
  private synchronized void evict(Path keep) throws IOException {
    record Entry(Path path, long size, FileTime used) {}
    List<Entry> entries = new ArrayList<>();
    long total = 0;
    try (Stream<Path> files = Files.list(dir)) {
      for (Path p : files.toList()) {
        if (p.getFileName().toString().endsWith(".tmp") || p.equals(keep)) {
          continue;
        }
        try {
          long size = Files.size(p);
          entries.add(new Entry(p, size, Files.getLastModifiedTime(p)));
          total += size;
        } catch (IOException gone) {
          // removed meanwhile
        }
      }
    }
    total += Files.size(keep);
    entries.sort(Comparator.comparing(Entry::used));
    for (Entry e : entries) {
      if (total <= maxBytes) {
        break;
      }
      // An open file stays readable after its name is removed: a download in progress goes on.
      Files.deleteIfExists(e.path());
      total -= e.size();
    }
  }

  private static void touch(Path p) {
    try {
      Files.setLastModifiedTime(p, FileTime.fromMillis(System.currentTimeMillis()));
    } catch (IOException ignored) {
      // evicted meanwhile: the caller still has its path, and a new write follows next time
    }
  }

  private static String digest(String key) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
