package se.processkarta.seed;

import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.neo4j.driver.Driver;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.Values;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.processkarta.changes.ModelVersion;
import se.processkarta.changes.ModelVersions;
import se.processkarta.graph.Cypher;
import se.processkarta.hierarchy.ElementDraft;
import se.processkarta.hierarchy.HierarchyService;
import se.processkarta.model.Code;
import se.processkarta.model.Level;
import se.processkarta.roles.ModelPeople;
import se.processkarta.roles.RoleService;

/**
 * Imports seed directories as a whole: read, check everything, then write everything in one Neo4j
 * transaction and record a model version. A seed with any error writes nothing. A seed identical to
 * the last one imported from the same directories writes nothing either.
 */
@Singleton
public class SeedImporter {

  private static final Logger LOG = LoggerFactory.getLogger(SeedImporter.class);
  private static final String STAMP = Cypher.load("seed/stamp");
  private static final String SET_STAMP = Cypher.load("seed/set-stamp");

  private final Driver driver;
  private final HierarchyService hierarchy;
  private final RoleService roles;
  private final ModelVersions versions;

  SeedImporter(
      Driver driver, HierarchyService hierarchy, RoleService roles, ModelVersions versions) {
    this.driver = driver;
    this.hierarchy = hierarchy;
    this.roles = roles;
    this.versions = versions;
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
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      String last =
          session.executeRead(
              tx ->
                  tx.run(STAMP, Values.parameters("source", source))
                      .single()
                      .get("hash")
                      .asString(null));
      if (seed.contentHash().equals(last)) {
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
      session.executeWriteWithoutResult(
          tx -> {
            hierarchy.upsert(tx, drafts);
            roles.upsert(tx, people);
            tx.run(SET_STAMP, Values.parameters("source", source, "hash", seed.contentHash()))
                .consume();
          });
      LOG.info(
          "Import av {}: läst {} ms, kontrollerad {} ms, skriven {} ms",
          source,
          (readDone - start) / 1_000_000,
          (checked - readDone) / 1_000_000,
          (System.nanoTime() - checked) / 1_000_000);
    }
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
    ModelVersion v = versions.publish(actor, "seed:" + source, summary, seed.contentHash());
    return new ImportResult(
        true,
        seed.elements().size(),
        seed.people().size(),
        seed.roles().size(),
        seed.allocations().size(),
        Optional.ofNullable(v.id()));
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
