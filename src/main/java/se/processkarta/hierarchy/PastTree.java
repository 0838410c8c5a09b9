package se.processkarta.hierarchy;

import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.Stream;
import se.processkarta.graph.ModelHistory;
import se.processkarta.graph.analysis.CompoundSearch;
import se.processkarta.model.Code;
import se.processkarta.model.Element;
import se.processkarta.model.InvalidInputException;
import se.processkarta.model.Level;
import se.processkarta.model.ModelSnapshot;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.SwedishTime;

/**
 * The tree as it was at an earlier model version ({@code ?version=N} or {@code ?asOf=}), built from
 * the graph's validity intervals ({@link ModelHistory}) in the same shapes as the current reads of
 * {@link HierarchyService}: the same elements (retired ones included), in code order.
 */
@Singleton
public class PastTree {

  private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");

  private final ModelHistory history;
  private final Clock clock;

  PastTree(ModelHistory history, Clock clock) {
    this.history = history;
    this.clock = clock;
  }

  /**
   * The version a request asks for; empty for the current model.
   *
   * @throws InvalidInputException for a bad, unknown or future version or date, or both given
   */
  public OptionalLong resolve(String version, String asOf) {
    return history.resolve(version, asOf, SwedishTime.today(clock));
  }

  /** The whole model at a version, for the readers that draw or export it. */
  public ModelSnapshot snapshot(long version) {
    return history.snapshot(version);
  }

  /** The elements of a version, by code, with each element's children in code order. */
  private record Index(Map<Code, Element> byCode, Map<Code, List<Element>> children) {}

  private Index index(long version) {
    Map<Code, Element> byCode = new HashMap<>();
    Map<Code, List<Element>> children = new HashMap<>();
    for (Element e : history.snapshot(version).elements()) {
      byCode.put(e.code(), e);
      children.computeIfAbsent(e.code().parent().orElse(null), k -> new ArrayList<>()).add(e);
    }
    children.values().forEach(l -> l.sort(Comparator.comparing(Element::code)));
    return new Index(byCode, children);
  }

  public ElementDetail element(long version, Code code) {
    Index ix = index(version);
    Element e = found(ix, code);
    List<ElementDetail.Crumb> crumbs = new ArrayList<>();
    for (Code c : code.lineage()) {
      Element a = ix.byCode().get(c);
      if (a != null) {
        crumbs.add(new ElementDetail.Crumb(a.code().toString(), a.name()));
      }
    }
    Level level = code.level();
    return new ElementDetail(
        code.toString(),
        e.name(),
        level.number(),
        level.swedishName(),
        e.status().name(),
        e.description(),
        e.purpose(),
        e.recipient(),
        crumbs,
        summaries(ix.children().getOrDefault(code, List.of())));
  }

  public List<ElementSummary> children(long version, Code code) {
    Index ix = index(version);
    found(ix, code);
    return summaries(ix.children().getOrDefault(code, List.of()));
  }

  /** The tree below {@code root} to {@code depth} levels, or the forest from level 1. */
  public List<TreeNode> tree(long version, Optional<Code> root, int depth) {
    if (depth < 1 || depth > Level.values().length) {
      throw new InvalidInputException("tree.depth", String.valueOf(depth));
    }
    Index ix = index(version);
    if (root.isEmpty()) {
      return under(ix, null, depth);
    }
    Element r = found(ix, root.get());
    int maxLevel = Math.min(r.code().level().number() + depth - 1, Level.values().length);
    return List.of(node(ix, r, maxLevel));
  }

  /**
   * The current search's rules ({@link CompoundSearch}: every word, in any order, as a whole word,
   * a word's start or a part of a compound; whole words and exact codes first), applied in memory
   * to the version's elements, which have no index of their own.
   */
  public SearchPage search(long version, String q, int page, int size) {
    String text = q == null ? "" : q.strip();
    if (text.isEmpty()) {
      throw new InvalidInputException("search.blank");
    }
    if (text.length() > HierarchyService.MAX_QUERY_LENGTH) {
      throw new InvalidInputException(
          "search.tooLong", String.valueOf(HierarchyService.MAX_QUERY_LENGTH));
    }
    if (page < 1) {
      throw new InvalidInputException("page.invalid", String.valueOf(page));
    }
    if (size < 1 || size > HierarchyService.MAX_PAGE_SIZE) {
      throw new InvalidInputException(
          "size.invalid", String.valueOf(HierarchyService.MAX_PAGE_SIZE));
    }
    List<String> words = CompoundSearch.words(text);
    List<Element> elements = history.snapshot(version).elements();
    record Scored(Element element, double score) {}
    List<SearchPage.Hit> hits =
        elements.stream()
            .map(
                e ->
                    new Scored(
                        e,
                        words.isEmpty()
                            ? 0
                            : CompoundSearch.score(
                                words, e.code().toString(), e.name(), e.description())))
            .filter(s -> s.score() > 0)
            .sorted(
                Comparator.comparingDouble(Scored::score)
                    .reversed()
                    .thenComparingInt(s -> s.element().name().length())
                    .thenComparing(s -> s.element().code()))
            .map(
                s ->
                    new SearchPage.Hit(
                        s.element().code().toString(),
                        s.element().name(),
                        s.element().code().level().number(),
                        s.element().status().name(),
                        s.element().description()))
            .toList();
    int from = (int) Math.min((long) (page - 1) * size, hits.size());
    int to = Math.min(from + size, hits.size());
    String suggestion =
        CompoundSearch.vocabulary(
                elements.stream().flatMap(e -> Stream.of(e.name(), e.description())).toList())
            .suggest(words, hits.isEmpty())
            .orElse(null);
    return new SearchPage(text, page, size, hits.size(), hits.subList(from, to), suggestion);
  }

  private static Element found(Index ix, Code code) {
    Element e = ix.byCode().get(code);
    if (e == null) {
      throw new NotFoundException("element.notFound", code.toString());
    }
    return e;
  }

  private static List<TreeNode> under(Index ix, Code parent, int maxLevel) {
    List<TreeNode> out = new ArrayList<>();
    for (Element e : ix.children().getOrDefault(parent, List.of())) {
      if (e.code().level().number() <= maxLevel) {
        out.add(node(ix, e, maxLevel));
      }
    }
    return out;
  }

  private static TreeNode node(Index ix, Element e, int maxLevel) {
    return new TreeNode(
        e.code().toString(),
        e.name(),
        e.code().level().number(),
        e.status().name(),
        ix.children().getOrDefault(e.code(), List.of()).size(),
        under(ix, e.code(), maxLevel));
  }

  private static List<ElementSummary> summaries(List<Element> elements) {
    return elements.stream()
        .map(
            e ->
                new ElementSummary(
                    e.code().toString(), e.name(), e.code().level().number(), e.status().name()))
        .toList();
  }
}
