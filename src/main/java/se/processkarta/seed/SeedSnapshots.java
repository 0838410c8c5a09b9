package se.processkarta.seed;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import se.processkarta.model.ModelSnapshot;

/**
 * Reads model-seed directories straight into a {@link ModelSnapshot}, without a database: the
 * committed diagrams are drawn from the seed files, so they are the same on every machine. The
 * version is named after the seed's content hash, so an edited seed gives a new label.
 */
public final class SeedSnapshots {

  private SeedSnapshots() {}

  /**
   * @throws se.processkarta.model.InvalidInputException listing every error with file and line
   */
  public static ModelSnapshot read(List<Path> dirs, LocalDate date) {
    SeedReader.Result read = SeedReader.read(dirs);
    if (!read.errors().isEmpty()) {
      throw SeedImportException.of(read.errors());
    }
    Seed seed = read.seed();
    return new ModelSnapshot(
        "model-seed " + seed.contentHash().substring(0, 8),
        date,
        values(seed.elements()),
        values(seed.people()),
        values(seed.roles()),
        values(seed.resourcePools()),
        values(seed.allocations()));
  }

  private static <T> List<T> values(List<Located<T>> items) {
    return items.stream().map(Located::value).toList();
  }
}
