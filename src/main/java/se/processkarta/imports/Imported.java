package se.processkarta.imports;

import java.util.List;
import java.util.Objects;

/**
 * What a reader found in a file: one row per element, in file order, and which fields the format
 * carries at all. A field the format does not carry is left as it is in the model; a carried field
 * that is empty in the file is cleared.
 */
public record Imported(List<Row> rows, Carried carried) {

  public Imported {
    rows = List.copyOf(rows);
    Objects.requireNonNull(carried, "carried");
  }

  /** The fields a format holds. */
  public record Carried(
      boolean description,
      boolean purposeAndRecipient,
      boolean status,
      boolean ownerAndLead,
      boolean team) {
    /** CSV and XLSX: every column. */
    public static final Carried ALL = new Carried(true, true, true, true, true);
  }

  /** A person as the file names them: {@code Anna Berg [anna-berg]}. */
  public record PersonRef(String id, String name) {}

  /**
   * One element as the file has it. Texts are as read (empty for absent); {@code code} and {@code
   * level} are unparsed so that the planner reports them with their place.
   */
  public record Row(
      Where where,
      String code,
      String level,
      String name,
      String description,
      String purpose,
      String recipient,
      String status,
      String owner,
      String lead,
      String team) {}
}
