package se.processkarta.hierarchy;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/**
 * One page of search hits, best first, and the search a user more likely meant ("Menade du …") when
 * a word of the query is not in the model as typed.
 */
@Serdeable
public record SearchPage(
    String query, int page, int size, long total, List<Hit> items, @Nullable String suggestion) {

  public SearchPage {
    items = List.copyOf(items);
  }

  /** The same page with other hits (the same hits told with their area and owner). */
  public SearchPage withItems(List<Hit> hits) {
    return new SearchPage(query, page, size, total, hits, suggestion);
  }

  /**
   * One hit, with the verksamhetsområde it belongs to and who owns it (its own processägare, or the
   * nearest one above it) on the day asked, where there is one.
   */
  @Serdeable
  public record Hit(
      String code,
      String name,
      int level,
      String status,
      @Nullable String description,
      @Nullable Area area,
      @Nullable Owner owner) {

    public Hit(String code, String name, int level, String status, String description) {
      this(code, name, level, status, description, null, null);
    }

    public Hit with(@Nullable Area area, @Nullable Owner owner) {
      return new Hit(code, name, level, status, description, area, owner);
    }
  }

  /** A verksamhetsområde named on a hit. */
  @Serdeable
  public record Area(String code, String name) {}

  /** The person who owns a hit: whom a reader contacts about it. */
  @Serdeable
  public record Owner(String id, String name) {}
}
