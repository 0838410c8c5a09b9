package se.processkarta.hierarchy;

import io.micronaut.serde.annotation.Serdeable;
import java.util.List;

/** One page of search hits, best first. */
@Serdeable
public record SearchPage(String query, int page, int size, long total, List<Hit> items) {

  public SearchPage {
    items = List.copyOf(items);
  }

  /** One hit. */
  @Serdeable
  public record Hit(String code, String name, int level, String status, String description) {}
}
