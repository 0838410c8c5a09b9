package se.processkarta.imports;

import io.micronaut.context.annotation.ConfigurationProperties;

/**
 * Bounds on an import ({@code processkarta.import.*}): the bytes of one file and the rows (or
 * elements) in it. The HTTP server's own {@code micronaut.server.max-request-size} refuses a larger
 * body before it is read; these keep a file below it from becoming a change too large to review.
 */
@ConfigurationProperties("processkarta.import")
public class ImportSettings {

  public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;
  public static final int DEFAULT_MAX_ROWS = 10_000;

  private long maxBytes = DEFAULT_MAX_BYTES;
  private int maxRows = DEFAULT_MAX_ROWS;

  public long getMaxBytes() {
    return maxBytes;
  }

  public void setMaxBytes(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  public int getMaxRows() {
    return maxRows;
  }

  public void setMaxRows(int maxRows) {
    this.maxRows = maxRows;
  }
}
