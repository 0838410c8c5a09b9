package se.processkarta.assignments;

import java.time.LocalDate;
import java.util.List;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.SwedishTime;
import se.processkarta.model.Text;

/** Argument checks for the assignment records: clean text within its length, named by field. */
final class Fields {

  static final int MAX_LINE = 300;
  static final int MAX_TEXT = 8000;
  static final int MAX_ITEMS = 500;

  private Fields() {}

  static String requiredLine(String value, String field) {
    String v = optionalLine(value, field);
    if (v == null) {
      throw InvalidInputException.required(field);
    }
    return v;
  }

  static String optionalLine(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = Text.line(value, field).strip();
    if (v.length() > MAX_LINE) {
      throw new InvalidInputException("assignments.field.tooLong", field, String.valueOf(MAX_LINE))
          .at(field);
    }
    return v;
  }

  static String optionalText(String value, String field) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String v = Text.multiline(value, field).strip();
    if (v.length() > MAX_TEXT) {
      throw new InvalidInputException("assignments.field.tooLong", field, String.valueOf(MAX_TEXT))
          .at(field);
    }
    return v;
  }

  static void requireDate(LocalDate date, String field) {
    if (date == null) {
      throw InvalidInputException.required(field);
    }
    // JSON also reads years such as +999999999, which no one means and which overflow the day
    // after (a calendar event's end) or the instant a date stands for.
    if (!SwedishTime.inRange(date)) {
      throw new InvalidInputException("assignments.input.date", field).at(field);
    }
  }

  static <T> List<T> list(List<T> items, String field) {
    if (items == null) {
      return List.of();
    }
    if (items.size() > MAX_ITEMS) {
      throw new InvalidInputException("assignments.field.tooMany", field, String.valueOf(MAX_ITEMS))
          .at(field);
    }
    for (T t : items) {
      if (t == null) {
        throw InvalidInputException.required(field);
      }
    }
    return List.copyOf(items);
  }
}
