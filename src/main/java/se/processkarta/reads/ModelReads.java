package se.processkarta.reads;

import io.micronaut.core.annotation.Nullable;
import jakarta.inject.Singleton;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import se.processkarta.hierarchy.ElementDetail;
import se.processkarta.hierarchy.ElementSummary;
import se.processkarta.hierarchy.HierarchyService;
import se.processkarta.hierarchy.PastTree;
import se.processkarta.hierarchy.SearchPage;
import se.processkarta.hierarchy.TreeNode;
import se.processkarta.model.Code;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Level;
import se.processkarta.model.Messages;
import se.processkarta.model.VersionRef;
import se.processkarta.roles.Conflicts;
import se.processkarta.roles.ElementRoles;
import se.processkarta.roles.Gaps;
import se.processkarta.roles.PastRoles;
import se.processkarta.roles.PersonListItem;
import se.processkarta.roles.PersonResponsibilities;
import se.processkarta.roles.RoleHolder;
import se.processkarta.roles.RoleQueries;
import se.processkarta.roles.RoleSummary;

/**
 * Every read of the model, for the current model or a published version. The current reads use the
 * live graph with its indexes and caches; a version's reads are built from the validity intervals
 * (and equal the current reads at the current version, which {@code PastRolesIT} checks element by
 * element). Which of the two answers is decided here and nowhere else.
 */
@Singleton
public class ModelReads {

  private final HierarchyService hierarchy;
  private final PastTree pastTree;
  private final RoleQueries roles;
  private final PastRoles pastRoles;

  ModelReads(
      HierarchyService hierarchy, PastTree pastTree, RoleQueries roles, PastRoles pastRoles) {
    this.hierarchy = hierarchy;
    this.pastTree = pastTree;
    this.roles = roles;
    this.pastRoles = pastRoles;
  }

  /**
   * The version a request asks for with {@code ?version=N} or {@code ?asOf=YYYY-MM-DD} (never
   * both), checked against the versions the graph keeps.
   *
   * @throws InvalidInputException for text that is no version or date, both given, an unknown or
   *     future version, or a day before the first version
   */
  public VersionRef resolve(String version, String asOf) {
    return VersionRef.of(pastTree.resolve(version, asOf));
  }

  /** The day a version was published (today for the current model is the caller's to say). */
  public LocalDate publishedOn(VersionRef.Past at) {
    return pastTree.snapshot(at.version()).date();
  }

  /**
   * A key that names what a read of {@code at} answers from: the model stamp for the current model,
   * which moves with every change, or the version, which never changes. Caches and ETags of reads
   * are keyed by it.
   */
  public String key(VersionRef at) {
    return at instanceof VersionRef.Past p ? "v" + p.version() : "s" + hierarchy.stamp();
  }

  public ElementDetail element(VersionRef at, Code code) {
    return at instanceof VersionRef.Past p
        ? pastTree.element(p.version(), code)
        : hierarchy.element(code);
  }

  /** An element and the summary of its roles today (or on the version's day), read together. */
  public ElementOverview overview(VersionRef at, Code code) {
    if (at instanceof VersionRef.Past p) {
      return new ElementOverview(
          pastTree.element(p.version(), code), pastRoles.summary(p.version(), code));
    }
    // The element and its roles on one stamp read: one round trip, one consistent version.
    return hierarchy.withOneStampRead(
        () ->
            new ElementOverview(
                hierarchy.element(code),
                RoleSummary.of(roles.elementRoles(code, null, Messages.SWEDISH))));
  }

  public List<ElementSummary> children(VersionRef at, Code code) {
    return at instanceof VersionRef.Past p
        ? pastTree.children(p.version(), code)
        : hierarchy.children(code);
  }

  /** The tree below {@code root} to {@code depth} levels, or the forest from level 1. */
  public List<TreeNode> tree(VersionRef at, Optional<Code> root, int depth) {
    return at instanceof VersionRef.Past p
        ? pastTree.tree(p.version(), root, depth)
        : hierarchy.tree(root, depth);
  }

  /**
   * One page of search hits, each told with its verksamhetsområde and its owner (its own or the
   * nearest above) on the version's day or today: what a reader needs to tell two hits apart and to
   * know whom to ask.
   */
  public SearchPage search(VersionRef at, String q, int page, int size) {
    if (at instanceof VersionRef.Past p) {
      SearchPage found = pastTree.search(p.version(), q, page, size);
      return found.withItems(found.items().stream().map(hit -> placed(at, hit)).toList());
    }
    // The hits, their areas and their owners on one read of the model stamp: each cached read
    // would otherwise ask the graph for the stamp again, twice per hit.
    return hierarchy.withOneStampRead(
        () -> {
          SearchPage found = hierarchy.search(q, page, size);
          return found.withItems(found.items().stream().map(hit -> placed(at, hit)).toList());
        });
  }

  private SearchPage.Hit placed(VersionRef at, SearchPage.Hit hit) {
    Code code = Code.parse(hit.code());
    SearchPage.Area area =
        code.lineage().stream()
            .filter(c -> c.level() == Level.BUSINESS_AREA)
            .findFirst()
            .map(c -> new SearchPage.Area(c.toString(), element(at, c).name()))
            .orElse(null);
    RoleHolder owner = elementRoles(at, code, null, Messages.SWEDISH).owner();
    return hit.with(
        area,
        owner == null ? null : new SearchPage.Owner(owner.person().id(), owner.person().name()));
  }

  /** The organisation's units with their parent and number of people, as they are now. */
  public List<se.processkarta.roles.OrgUnitView> orgUnits() {
    return roles.orgUnits();
  }

  /** People whose id, name or title holds {@code q}, in the current organisation (at most 100). */
  public List<PersonListItem> people(String q) {
    return roles.people(q);
  }

  /** The roles on an element on {@code date} (by default today, or the version's day). */
  public ElementRoles elementRoles(
      VersionRef at, Code code, @Nullable LocalDate date, Locale locale) {
    return at instanceof VersionRef.Past p
        ? pastRoles.elementRoles(p.version(), code, date, locale)
        : roles.elementRoles(code, date, locale);
  }

  public Gaps gaps(VersionRef at, @Nullable Code root, @Nullable LocalDate date) {
    return at instanceof VersionRef.Past p
        ? pastRoles.gaps(p.version(), root, date)
        : roles.gaps(root, date);
  }

  public Conflicts conflicts(VersionRef at, @Nullable LocalDate date) {
    return at instanceof VersionRef.Past p
        ? pastRoles.conflicts(p.version(), date)
        : roles.conflicts(date);
  }

  public PersonResponsibilities person(VersionRef at, String id, @Nullable LocalDate date) {
    return at instanceof VersionRef.Past p
        ? pastRoles.person(p.version(), id, date)
        : roles.person(id, date);
  }

  /** An element with the summary of its roles. */
  public record ElementOverview(ElementDetail element, RoleSummary roles) {}
}
