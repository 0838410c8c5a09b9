package se.processkarta.export;

import java.io.IOException;
import java.io.OutputStream;
import se.processkarta.model.ModelSnapshot;

/**
 * One export format. Implementations are stateless singletons, injected as a list: everything a run
 * needs lives in local variables. The output depends only on the snapshot and the scope (ids from
 * codes, sorted, no timestamps), so the same model always gives the same bytes.
 */
public interface DiagramExporter {

  /** The name in URLs and on the command line, e.g. {@code drawio}. */
  String format();

  /** The file extension, without the dot. */
  String extension();

  /** The media type of the answer, e.g. {@code application/vnd.jgraph.mxfile}. */
  String mediaType();

  /** A one-line Swedish description, for the OpenAPI document and the command's help. */
  String description();

  /**
   * Writes the elements of {@code scope} to {@code out}; does not close it.
   *
   * @throws se.processkarta.model.NotFoundException when the scope's root is not in the snapshot
   */
  void write(ModelSnapshot snapshot, ExportScope scope, OutputStream out) throws IOException;
}
