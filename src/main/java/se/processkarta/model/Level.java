package se.processkarta.model;

import java.util.Arrays;

/** The five Klassa levels. The graph label of an element is {@link #label()}. */
public enum Level {
  BUSINESS_TYPE(1, "BusinessType", "Verksamhetstyp", "Business type"),
  BUSINESS_AREA(2, "BusinessArea", "Verksamhetsområde", "Business area"),
  PROCESS_GROUP(3, "ProcessGroup", "Processgrupp", "Process group"),
  PROCESS(4, "Process", "Process", "Process"),
  ACTIVITY(5, "Activity", "Aktivitet", "Activity");

  private final int number;
  private final String label;
  private final String swedishName;
  private final String englishName;

  Level(int number, String label, String swedishName, String englishName) {
    this.number = number;
    this.label = label;
    this.swedishName = swedishName;
    this.englishName = englishName;
  }

  public int number() {
    return number;
  }

  public String label() {
    return label;
  }

  public String swedishName() {
    return swedishName;
  }

  public String englishName() {
    return englishName;
  }

  public static Level ofNumber(int number) {
    return Arrays.stream(values())
        .filter(l -> l.number == number)
        .findFirst()
        .orElseThrow(() -> new InvalidInputException("level.invalid", String.valueOf(number)));
  }
}
