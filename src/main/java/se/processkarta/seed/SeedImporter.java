package se.processkarta.seed;

import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.processkarta.changes.ChangeService;
import se.processkarta.changes.apply.ModelWriter;
import se.processkarta.hierarchy.ElementDraft;
import se.processkarta.hierarchy.HierarchyService;
import se.processkarta.model.Code;
import se.processkarta.model.Level;
import se.processkarta.roles.ModelPeople;

/**
 * Imports seed directories as a whole: read, check everything, then publish everything as one
 * change through the change path (one Neo4j transaction, one model version, audit rows). A seed
 * with any error writes nothing. A seed identical to the last one imported from the same
 * directories writes nothing either.
 */
@Singleton
public class SeedImporter {

  private static final Logger LOG = LoggerFactory.getLogger(SeedImporter.class);

  private final HierarchyService hierarchy;
  private final ModelWriter writer;
  private final ChangeService changes;

  SeedImporter(HierarchyService hierarchy, ModelWriter writer, ChangeService changes) {
    this.hierarchy = hierarchy;
    this.writer = writer;
    this.changes = changes;
  }

  /**
   * @throws se.processkarta.model.InvalidInputException listing every error with file and line
   */
  public ImportResult importFrom(List<Path> dirs, String actor) {
    long start = System.nanoTime();
    SeedReader.Result read = SeedReader.read(dirs);
    long readDone = System.nanoTime();
    Seed seed = read.seed();
    if (!read.errors().isEmpty()) {
      // Report what could not be read together with what is wrong in the rest, so that one
      // round of corrections fixes everything that can be seen.
      List<SeedError> all = new java.util.ArrayList<>(read.errors());
      all.addAll(SeedValidator.validate(seed, storedLevels(seed)));
      all.sort(java.util.Comparator.comparing(SeedError::file).thenComparingInt(SeedError::line));
      throw SeedImportException.of(all);
    }
    String source =
        dirs.stream()
            .map(d -> d.toAbsolutePath().normalize().getFileName().toString())
            .collect(Collectors.joining("+"));
    if (seed.contentHash().equals(writer.importedHash(source).orElse(null))) {
      return new ImportResult(false, 0, 0, 0, 0, Optional.empty());
    }
    List<SeedError> errors = SeedValidator.validate(seed, storedLevels(seed));
    if (!errors.isEmpty()) {
      throw SeedImportException.of(errors);
    }
    long checked = System.nanoTime();
    List<ElementDraft> drafts =
        seed.elements().stream().map(e -> ElementDraft.of(e.value())).toList();
    ModelPeople people =
        new ModelPeople(
            values(seed.orgUnits()),
            values(seed.people()),
            values(seed.resourcePools()),
            values(seed.steeringGroups()),
            values(seed.roles()),
            values(seed.allocations()));
    String summary =
        "Import av "
            + source
            + ": "
            + seed.elements().size()
            + " element, "
            + seed.people().size()
            + " personer, "
            + seed.roles().size()
            + " roller, "
            + seed.allocations().size()
            + " allokeringar";
    // The change path: recorded as an approved change by the actor, applied in one graph
    // transaction that also raises the model version, then marked applied with its audit rows.
    ModelWriter.Applied applied =
        changes.importModel(actor, source, summary, seed.contentHash(), drafts, people);
    LOG.info(
        "Import av {}: läst {} ms, kontrollerad {} ms, skriven {} ms",
        source,
        (readDone - start) / 1_000_000,
        (checked - readDone) / 1_000_000,
        (System.nanoTime() - checked) / 1_000_000);
    return new ImportResult(
        true,
        seed.elements().size(),
        seed.people().size(),
        seed.roles().size(),
        seed.allocations().size(),
        Optional.of(applied.version()));
  }

  /** The levels of stored elements that the seed refers to but does not contain. */
  private Map<Code, Level> storedLevels(Seed seed) {
    Set<Code> inSeed = new HashSet<>();
    seed.elements().forEach(e -> inSeed.add(e.value().code()));
    Set<Code> wanted = new HashSet<>();
    seed.elements().forEach(e -> e.value().code().parent().ifPresent(wanted::add));
    seed.roles().forEach(r -> wanted.add(r.value().element()));
    seed.allocations().forEach(a -> wanted.add(a.value().element()));
    seed.steeringGroups().forEach(g -> wanted.addAll(g.value().supports()));
    wanted.removeAll(inSeed);
    return hierarchy.levelsOf(wanted);
  }

  private static <T> List<T> values(List<Located<T>> items) {
    return items.stream().map(Located::value).toList();
  }
}
