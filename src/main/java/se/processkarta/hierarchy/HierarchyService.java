package se.processkarta.hierarchy;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Record;
import org.neo4j.driver.SessionConfig;
import org.neo4j.driver.TransactionContext;
import org.neo4j.driver.Value;
import org.neo4j.driver.Values;
import se.processkarta.graph.Cypher;
import se.processkarta.graph.ModelStamp;
import se.processkarta.graph.analysis.CompoundSearch;
import se.processkarta.model.Code;
import se.processkarta.model.ConflictException;
import se.processkarta.model.Element;
import se.processkarta.model.ElementStatus;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Level;
import se.processkarta.model.NotFoundException;

/** Reads and writes the Klassa tree. Every write goes through {@link HierarchyRules}. */
@Singleton
public class HierarchyService {

  public static final int MAX_PAGE_SIZE = 100;
  public static final int MAX_QUERY_LENGTH = 200;

  /** Every word adds a handful of clauses; Lucene refuses a query of more than 1,024. */
  public static final int MAX_QUERY_WORDS = 12;

  private static final String ELEMENT = Cypher.load("hierarchy/element");
  private static final String CHILDREN = Cypher.load("hierarchy/children");
  private static final String SUBTREE = Cypher.load("hierarchy/subtree");
  private static final String FOREST = Cypher.load("hierarchy/forest");
  private static final String SEARCH = Cypher.load("hierarchy/search");
  private static final String SEARCH_COUNT = Cypher.load("hierarchy/search-count");
  private static final String LEVELS_OF = Cypher.load("hierarchy/levels-of");
  private static final String ALL_ELEMENTS = Cypher.load("hierarchy/all-elements");
  private static final String UPSERT = Cypher.load("hierarchy/upsert-elements");
  private static final String COUNT = Cypher.load("hierarchy/count");
  private static final String ELEMENT_STATE = Cypher.load("hierarchy/element-state");
  private static final String SUBTREE_CODES = Cypher.load("hierarchy/subtree-codes");
  private static final String RECODE = Cypher.load("hierarchy/recode");
  private static final String RELINK = Cypher.load("hierarchy/relink");

  private final Driver driver;
  private final ModelStamp stamp;

  /**
   * Trees by (model stamp, root, depth). A stamp read costs one tiny query; a whole subtree of
   * thousands of elements is not read again until the model changes.
   */
  private final Cache<TreeKey, List<TreeNode>> trees =
      Caffeine.newBuilder().maximumSize(256).build();

  private record TreeKey(long stamp, Optional<Code> root, int depth) {}

  /**
   * Elements, child lists and search pages by model stamp: under load most requests ask for the
   * same few, and a cached answer costs the (shared) stamp read instead of a Cypher query.
   */
  private final Cache<ReadKey, Object> reads = Caffeine.newBuilder().maximumSize(4096).build();

  private record ReadKey(long stamp, String kind, String key, long page, int size) {}

  HierarchyService(Driver driver, ModelStamp stamp) {
    this.driver = driver;
    this.stamp = stamp;
  }

  /** The current model stamp of the graph; it grows with every write to the model. */
  public long stamp() {
    return stamp.current();
  }

  /**
   * Runs {@code work} (several reads for one answer: an element and its roles) with one model stamp
   * read for all of it, instead of one each; the stamp still started after the call.
   */
  public <R> R withOneStampRead(java.util.function.Supplier<R> work) {
    return stamp.oneRead(work);
  }

  public ElementDetail element(Code code) {
    return (ElementDetail)
        found(
            reads.get(
                new ReadKey(stamp(), "element", code.toString(), 0, 0), k -> readElement(code)),
            code);
  }

  /**
   * A code with no element, cached like an element: under load an unknown code (a stale link, a
   * probe) costs the shared stamp read, not a query each time. The stamp in the key makes an
   * element created later visible at once.
   */
  private record Missing() {}

  private static final Missing MISSING = new Missing();

  private static Object found(Object cached, Code code) {
    if (cached == MISSING) {
      throw new NotFoundException("element.notFound", code.toString());
    }
    return cached;
  }

  private Object readElement(Code code) {
    Optional<Record> found = read(ELEMENT, Map.of("code", code.toString())).stream().findFirst();
    if (found.isEmpty()) {
      return MISSING;
    }
    Record r = found.get();
    Value e = r.get("element");
    List<ElementDetail.Crumb> crumbs = new ArrayList<>();
    for (Value a : r.get("ancestors").values()) {
      crumbs.add(new ElementDetail.Crumb(a.get("code").asString(), a.get("name").asString()));
    }
    crumbs.add(new ElementDetail.Crumb(e.get("code").asString(), e.get("name").asString()));
    Level level = Level.ofNumber(e.get("level").asInt());
    return new ElementDetail(
        e.get("code").asString(),
        e.get("name").asString(),
        level.number(),
        level.swedishName(),
        e.get("status").asString(),
        e.get("description").asString(null),
        e.get("purpose").asString(null),
        e.get("recipient").asString(null),
        crumbs,
        summaries(r.get("children")));
  }

  @SuppressWarnings("unchecked")
  public List<ElementSummary> children(Code code) {
    return (List<ElementSummary>)
        found(
            reads.get(
                new ReadKey(stamp(), "children", code.toString(), 0, 0), k -> readChildren(code)),
            code);
  }

  private Object readChildren(Code code) {
    return read(CHILDREN, Map.of("code", code.toString())).stream()
        .findFirst()
        .<Object>map(r -> summaries(r.get("children")))
        .orElse(MISSING);
  }

  /**
   * The nested tree below {@code root} to {@code depth} levels below it (the root counts as the
   * first), or the whole forest from level 1 when {@code root} is empty.
   */
  public List<TreeNode> tree(Optional<Code> root, int depth) {
    if (depth < 1 || depth > Level.values().length) {
      throw new InvalidInputException("tree.depth", String.valueOf(depth));
    }
    TreeKey key = new TreeKey(stamp(), root, depth);
    List<TreeNode> cached = trees.getIfPresent(key);
    if (cached != null) {
      return cached;
    }
    List<TreeNode> tree = readTree(root, depth);
    trees.put(key, tree);
    return tree;
  }

  private List<TreeNode> readTree(Optional<Code> root, int depth) {
    if (root.isEmpty()) {
      return build(read(FOREST, Map.of("maxLevel", depth)), null);
    }
    Code r = root.get();
    ElementDetail detail = element(r);
    int maxLevel = Math.min(r.level().number() + depth - 1, Level.values().length);
    List<Record> rows = read(SUBTREE, Map.of("prefix", r + ".", "maxLevel", maxLevel));
    List<TreeNode> children = build(rows, r);
    return List.of(
        new TreeNode(
            detail.code(),
            detail.name(),
            detail.level(),
            detail.status(),
            detail.children().size(),
            children));
  }

  public SearchPage search(String q, int page, int size) {
    String text = q == null ? "" : q.strip();
    if (text.isEmpty()) {
      throw new InvalidInputException("search.blank");
    }
    if (text.length() > MAX_QUERY_LENGTH) {
      throw new InvalidInputException("search.tooLong", String.valueOf(MAX_QUERY_LENGTH));
    }
    if (page < 1) {
      throw new InvalidInputException("page.invalid", String.valueOf(page));
    }
    if (size < 1 || size > MAX_PAGE_SIZE) {
      throw new InvalidInputException("size.invalid", String.valueOf(MAX_PAGE_SIZE));
    }
    List<String> words = CompoundSearch.words(text);
    if (words.isEmpty()) {
      throw new InvalidInputException("search.blank");
    }
    if (words.size() > MAX_QUERY_WORDS) {
      throw new InvalidInputException("search.tooManyWords", String.valueOf(MAX_QUERY_WORDS));
    }
    String lucene = CompoundSearch.query(words);
    return (SearchPage)
        reads.get(
            new ReadKey(stamp(), "search", text, page, size),
            k -> readSearch(text, words, lucene, page, size));
  }

  private SearchPage readSearch(
      String text, List<String> words, String lucene, int page, int size) {
    // In long arithmetic: (page - 1) * size overflows an int for page 107374184 and size 20.
    long skip = (long) (page - 1) * size;
    long total = read(SEARCH_COUNT, Map.of("query", lucene)).get(0).get("total").asLong();
    // Accents a user left out are always worth a "Menade du"; a typo only when nothing was found.
    String suggestion = vocabulary().suggest(words, total == 0).orElse(null);
    if (skip >= total) {
      return new SearchPage(text, page, size, total, List.of(), suggestion);
    }
    List<SearchPage.Hit> hits =
        read(SEARCH, Map.of("query", lucene, "skip", skip, "limit", size)).stream()
            .map(
                r ->
                    new SearchPage.Hit(
                        r.get("code").asString(),
                        r.get("name").asString(),
                        r.get("level").asInt(),
                        r.get("status").asString(),
                        r.get("description").asString(null)))
            .toList();
    return new SearchPage(text, page, size, total, hits, suggestion);
  }

  /** The words of the current model's names and descriptions, read again after each change. */
  private CompoundSearch.Vocabulary vocabulary() {
    return (CompoundSearch.Vocabulary)
        reads.get(
            new ReadKey(stamp(), "vocabulary", "", 0, 0),
            k ->
                CompoundSearch.vocabulary(
                    allElements().values().stream()
                        .flatMap(e -> java.util.stream.Stream.of(e.name(), e.description()))
                        .toList()));
  }

  public long count() {
    return read(COUNT, Map.of()).get(0).get("elements").asLong();
  }

  /** Every stored element, keyed by code. */
  public Map<Code, Element> allElements() {
    Map<Code, Element> out = new TreeMap<>();
    for (Record r : read(ALL_ELEMENTS, Map.of())) {
      Element e = toElement(r.get("element"));
      out.put(e.code(), e);
    }
    return out;
  }

  /**
   * An element's own fields and its parent as a map (code, name, description, purpose, recipient,
   * status, level, parent), read in the caller's transaction; empty when it does not exist.
   */
  public Optional<Map<String, Object>> state(TransactionContext tx, Code code) {
    List<Record> rows = tx.run(ELEMENT_STATE, Map.of("code", code.toString())).list();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Map<String, Object> out = new TreeMap<>(rows.get(0).get("element").asMap());
    out.put("parent", rows.get(0).get("parent").asString(null));
    return Optional.of(out);
  }

  /**
   * Moves an element under a new parent with a new code, in the caller's transaction. The new code
   * must be the new parent's code plus one number, on the element's own level; the element and its
   * descendants are recoded, and their roles follow.
   */
  public void move(TransactionContext tx, Code code, Code newParent, Code newCode) {
    Map<String, Object> now =
        state(tx, code)
            .orElseThrow(() -> new NotFoundException("element.notFound", code.toString()));
    if (newCode.level() != code.level()) {
      throw new InvalidInputException(
          "element.move.level",
          code.toString(),
          newCode.toString(),
          String.valueOf(code.level().number()));
    }
    Element moved =
        new Element(
            newCode,
            (String) now.get("name"),
            null,
            null,
            null,
            ElementStatus.valueOf((String) now.get("status")));
    HierarchyRules.checkPlacement(
        new ElementDraft(moved, Optional.of(newParent), code.level()),
        c -> Optional.ofNullable(levelsOf(tx, List.of(c)).get(c)));
    if (code.equals(newCode)) {
      return;
    }
    Record sub = tx.run(SUBTREE_CODES, Map.of("code", code.toString())).single();
    List<Code> olds = new ArrayList<>();
    olds.add(code);
    for (Value d : sub.get("descendants").values()) {
      if (!d.get("code").isNull()) {
        olds.add(Code.parse(d.get("code").asString()));
      }
    }
    String from = code.toString();
    List<Map<String, Object>> rows = new ArrayList<>();
    List<Code> news = new ArrayList<>();
    for (Code old : olds) {
      Code recoded = Code.parse(newCode + old.toString().substring(from.length()));
      news.add(recoded);
      rows.add(
          Map.of("old", old.toString(), "new", recoded.toString(), "sortKey", recoded.sortKey()));
    }
    Set<Code> taken = new HashSet<>(levelsOf(tx, news).keySet());
    taken.removeAll(olds);
    if (!taken.isEmpty()) {
      throw new ConflictException("element.exists", taken.iterator().next().toString());
    }
    tx.run(RECODE, Map.of("rows", rows)).consume();
    tx.run(RELINK, Map.of("code", newCode.toString(), "parent", newParent.toString())).consume();
  }

  /**
   * Checks a batch of drafts against each other and the stored tree, then creates or updates them
   * in the caller's transaction. Nothing is written when any draft breaks a rule.
   */
  public void upsert(TransactionContext tx, List<ElementDraft> drafts) {
    Map<Code, Level> batch = new HashMap<>();
    for (ElementDraft d : drafts) {
      if (batch.put(d.code(), d.level()) != null) {
        throw new InvalidInputException("element.duplicate", d.code().toString());
      }
    }
    Set<Code> parents = new HashSet<>();
    drafts.forEach(d -> d.parent().filter(p -> !batch.containsKey(p)).ifPresent(parents::add));
    Map<Code, Level> stored = levelsOf(tx, parents);
    for (ElementDraft d : drafts) {
      HierarchyRules.checkPlacement(
          d, c -> Optional.ofNullable(batch.get(c)).or(() -> Optional.ofNullable(stored.get(c))));
    }
    if (drafts.isEmpty()) {
      return;
    }
    // One statement for the whole batch, parents first: each statement costs a round of planning
    // and execution set-up, which made a first import of five levels spend most of its time there.
    List<Map<String, Object>> rows =
        drafts.stream()
            .sorted(Comparator.comparingInt((ElementDraft d) -> d.level().number()))
            .map(HierarchyService::row)
            .toList();
    // The model version is raised once per change by the caller (the change path), not here.
    tx.run(UPSERT, Map.of("rows", rows)).consume();
  }

  /** The levels of those of the given codes that exist. */
  public Map<Code, Level> levelsOf(java.util.Collection<Code> codes) {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      return session.executeRead(tx -> levelsOf(tx, codes));
    }
  }

  /** The levels of those of the given codes that exist, read in the caller's transaction. */
  public Map<Code, Level> levelsOf(TransactionContext tx, java.util.Collection<Code> codes) {
    if (codes.isEmpty()) {
      return Map.of();
    }
    Map<Code, Level> out = new HashMap<>();
    tx.run(LEVELS_OF, Map.of("codes", codes.stream().map(Code::toString).toList()))
        .forEachRemaining(
            r ->
                out.put(
                    Code.parse(r.get("code").asString()), Level.ofNumber(r.get("level").asInt())));
    return out;
  }

  private static Map<String, Object> row(ElementDraft d) {
    Element e = d.element();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("code", e.code().toString());
    row.put("name", e.name());
    row.put("description", e.description());
    row.put("purpose", e.purpose());
    row.put("recipient", e.recipient());
    row.put("status", e.status().name());
    row.put("level", d.level().number());
    row.put("sortKey", e.code().sortKey());
    row.put("parent", d.parent().map(Code::toString).orElse(null));
    return row;
  }

  static Element toElement(Value v) {
    return new Element(
        Code.parse(v.get("code").asString()),
        v.get("name").asString(),
        v.get("description").asString(null),
        v.get("purpose").asString(null),
        v.get("recipient").asString(null),
        ElementStatus.valueOf(v.get("status").asString(ElementStatus.PUBLISHED.name())));
  }

  private List<Record> read(String cypher, Map<String, Object> params) {
    try (var session = driver.session(SessionConfig.defaultConfig())) {
      return session.executeRead(tx -> tx.run(cypher, Values.value(params)).list());
    }
  }

  private static List<ElementSummary> summaries(Value list) {
    return list.asList(
        c ->
            new ElementSummary(
                c.get("code").asString(),
                c.get("name").asString(),
                c.get("level").asInt(),
                c.get("status").asString()));
  }

  private static List<TreeNode> build(List<Record> rows, Code root) {
    record Row(Code code, String name, int level, String status, int childCount) {}
    Map<Code, List<Row>> byParent = new HashMap<>();
    for (Record r : rows) {
      Row row =
          new Row(
              Code.parse(r.get("code").asString()),
              r.get("name").asString(),
              r.get("level").asInt(),
              r.get("status").asString(),
              r.get("childCount").asInt());
      byParent.computeIfAbsent(row.code().parent().orElse(null), k -> new ArrayList<>()).add(row);
    }
    class Builder {
      List<TreeNode> under(Code parent) {
        List<Row> kids = byParent.getOrDefault(parent, new ArrayList<>());
        kids.sort(Comparator.comparing(Row::code));
        List<TreeNode> out = new ArrayList<>(kids.size());
        for (Row k : kids) {
          out.add(
              new TreeNode(
                  k.code().toString(),
                  k.name(),
                  k.level(),
                  k.status(),
                  k.childCount(),
                  under(k.code())));
        }
        return out;
      }
    }
    return new Builder().under(root);
  }
}
