package se.processkarta.render;

import java.util.List;

/**
 * A page-like document to print and to register (the uppdragshandling): a title, a few facts, and
 * its parts in order, each a text or a table. {@link PrintPdf} lays it out on A4 as a tagged PDF.
 * All strings are plain text; nothing in them is markup.
 */
public record PrintDocument(
    String title, String subject, List<Fact> facts, List<Part> parts, String footer) {

  public PrintDocument {
    facts = List.copyOf(facts);
    parts = List.copyOf(parts);
  }

  /** A label and its value, listed under the title. */
  public record Fact(String label, String value) {}

  /** A part of the document under a heading of its own. */
  public sealed interface Part {
    String heading();
  }

  /** Paragraphs of text; a blank line separates paragraphs, a line break stays a line break. */
  public record Text(String heading, String text) implements Part {}

  /** A table with a header row; {@code caption} says what it lists (for a screen reader). */
  public record Table(String heading, String caption, List<String> columns, List<List<String>> rows)
      implements Part {

    public Table {
      columns = List.copyOf(columns);
      rows = rows.stream().map(List::copyOf).toList();
    }
  }
}
