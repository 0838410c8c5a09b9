package se.processkarta.web.pages;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.micronaut.security.authentication.Authentication;
import io.swagger.v3.oas.annotations.Hidden;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import se.processkarta.changes.AuditLog;
import se.processkarta.diagrams.DiagramService;
import se.processkarta.hierarchy.ElementDetail;
import se.processkarta.hierarchy.SearchPage;
import se.processkarta.model.Code;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.VersionRef;
import se.processkarta.reads.ModelReads;
import se.processkarta.web.http.Language;

/** The start page with the process map, the tree browser, search and the element pages. */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class BrowsePages {

  /** Every export format, in menu order (the BPMN export takes one level-4 process). */
  static final List<String> EXPORTS =
      List.of("drawio", "archimate", "graphml", "dot", "mermaid", "plantuml", "csv", "xlsx");

  /** Hits on a page of the search. */
  static final int SEARCH_PAGE = 20;

  /** How many levels the tree page renders; the rest load on demand. */
  static final int TREE_DEPTH = 3;

  private final ModelReads reads;
  private final DiagramService diagrams;
  private final AuditLog audit;
  private final PageRenderer pages;
  private final WebMessages text;

  BrowsePages(
      ModelReads reads,
      DiagramService diagrams,
      AuditLog audit,
      PageRenderer pages,
      WebMessages text) {
    this.text = text;
    this.pages = pages;
    this.reads = reads;
    this.diagrams = diagrams;
    this.audit = audit;
  }

  @Get(value = "/", produces = MediaType.TEXT_HTML)
  HttpResponse<String> home(HttpRequest<?> request, @Nullable Authentication auth) {
    Map<String, Object> m = Pages.model(request, auth);
    m.put("mapSvg", inlineSvg(map(Optional.empty()), "map"));
    m.put("areas", reads.tree(VersionRef.CURRENT, Optional.empty(), 2));
    return pages.page("home", m, request);
  }

  @Get(value = "/processer", produces = MediaType.TEXT_HTML)
  HttpResponse<String> tree(HttpRequest<?> request, @Nullable Authentication auth) {
    Map<String, Object> m = Pages.model(request, auth);
    // Levels 1-3 only (the page's time budget): deeper branches are fetched by tree.js from
    // /api/tree when opened or searched, and without JavaScript each node links to its element
    // page, which lists its children.
    m.put("forest", reads.tree(VersionRef.CURRENT, Optional.empty(), TREE_DEPTH));
    return pages.page("tree", m, request);
  }

  @Get(value = "/sok", produces = MediaType.TEXT_HTML)
  HttpResponse<?> search(
      HttpRequest<?> request,
      @Nullable Authentication auth,
      @QueryValue @Nullable String q,
      @QueryValue @Nullable Integer sida) {
    Map<String, Object> m = Pages.model(request, auth);
    String text = q == null ? "" : q.strip();
    // A code that names an element is a way to it, not a query.
    Optional<Code> code = Code.tryParse(text);
    if (code.isPresent() && exists(code.get())) {
      return HttpResponse.seeOther(URI.create("/processer/" + code.get()));
    }
    m.put("q", text);
    SearchPage result =
        text.isEmpty()
            ? null
            : reads.search(VersionRef.CURRENT, text, sida == null ? 1 : sida, SEARCH_PAGE);
    m.put("result", result);
    m.put("people", text.isEmpty() ? List.of() : reads.people(text));
    if (result != null) {
      long pages = Math.max(1, (result.total() + SEARCH_PAGE - 1) / SEARCH_PAGE);
      m.put("previousPage", result.page() > 1 ? result.page() - 1 : null);
      m.put("nextPage", result.page() < pages ? result.page() + 1 : null);
    }
    return pages.page("search", m, request);
  }

  private boolean exists(Code code) {
    try {
      reads.element(VersionRef.CURRENT, code);
      return true;
    } catch (NotFoundException e) {
      return false;
    }
  }

  @Get(value = "/processer/{code}", produces = MediaType.TEXT_HTML)
  HttpResponse<String> element(
      HttpRequest<?> request,
      @Nullable Authentication auth,
      @PathVariable String code,
      @QueryValue @Nullable String asOf,
      @QueryValue @Nullable String version) {
    Code c = Code.parse(code);
    Map<String, Object> m = Pages.model(request, auth);
    AsOfForm.Resolved resolved = AsOfForm.resolve(reads, version, asOf, Language.of(request));
    AsOfForm form = resolved.form();
    resolved.into(m, reads);
    ElementDetail e = reads.element(resolved.version(), c);
    m.put("roles", reads.elementRoles(resolved.version(), c, null, Language.of(request)));
    m.put("e", e);
    Locale here = Language.of(request);
    m.put(
        "history",
        audit.history(e.code()).stream()
            .map(
                a ->
                    HistoryRow.of(
                        a,
                        op -> {
                          String key = "web.op." + op;
                          String t = text.text(here, key);
                          return t.equals(key) ? op : t;
                        }))
            .toList());
    m.put("exports", e.level() == 4 ? withBpmn() : EXPORTS);
    // The drawings in the page itself, so that their boxes are links; the roles as a table.
    DiagramService.Version drawn = diagrams.version(resolved.version());
    String query = resolved.pageQuery();
    m.put(
        "drawings",
        List.of(
            new Drawing("map", inlineSvg(drawing(drawn, "map", c), "map", query)),
            new Drawing("tree", inlineSvg(drawing(drawn, "tree", c), "tree", query))));
    m.put("outline", reads.tree(resolved.version(), Optional.of(c), OUTLINE_DEPTH));
    m.put("roleMatrix", diagrams.roleMatrix(drawn, Optional.of(c)));
    return form.error() == null
        ? pages.page("element", m, request)
        : pages.invalid("element", m, request, HttpStatus.BAD_REQUEST);
  }

  private static List<String> withBpmn() {
    List<String> all = new java.util.ArrayList<>(EXPORTS);
    all.add(2, "bpmn");
    return all;
  }

  /** A drawing shown in a page: its view's name and its SVG markup. */
  record Drawing(String view, String svg) {}

  /** How deep the list that stands for a drawing goes (on a phone it is shown instead). */
  static final int OUTLINE_DEPTH = 2;

  private DiagramService.Diagram drawing(DiagramService.Version v, String view, Code root) {
    return diagrams.render(
        v,
        new DiagramService.Request(
            view,
            Optional.of(root),
            3,
            "",
            "",
            Optional.empty(),
            Optional.empty(),
            DiagramService.Format.SVG));
  }

  private DiagramService.Diagram map(Optional<Code> root) {
    DiagramService.Version v = diagrams.version();
    return diagrams.render(
        v,
        new DiagramService.Request(
            "map", root, 0, "", "", Optional.empty(), Optional.empty(), DiagramService.Format.SVG));
  }

  /**
   * The drawing for inline use in the page: without its XML declaration and DOCTYPE, which HTML
   * does not allow inside the body. The renderer escapes every name, so the rest is safe markup.
   */
  static String inlineSvg(DiagramService.Diagram d) {
    String svg = new String(d.body(), StandardCharsets.UTF_8);
    int start = svg.indexOf("<svg");
    return start < 0 ? "" : svg.substring(start);
  }

  /**
   * The same, with every id and reference to one prefixed, so that two drawings in one page do not
   * share ids (an arrowhead, a group) with each other or with the page.
   */
  static String inlineSvg(DiagramService.Diagram d, String prefix) {
    return inlineSvg(d)
        .replace(" id=\"", " id=\"" + prefix + "-")
        .replace("url(#", "url(#" + prefix + "-")
        .replace("href=\"#", "href=\"#" + prefix + "-");
  }

  private static final java.util.regex.Pattern PAGE_LINK =
      java.util.regex.Pattern.compile("(href=\"/(?:processer|personer)/[^\"?#]*)\"");

  /**
   * The same, its links to process and person pages kept on the page's version ({@code query}, such
   * as {@code ?version=12}, or empty): a drawing of a past version leads to that version.
   */
  static String inlineSvg(DiagramService.Diagram d, String prefix, String query) {
    String svg = inlineSvg(d, prefix);
    if (query == null || query.isEmpty()) {
      return svg;
    }
    String escaped = query.replace("&", "&amp;");
    return PAGE_LINK
        .matcher(svg)
        .replaceAll(m -> java.util.regex.Matcher.quoteReplacement(m.group(1) + escaped + "\""));
  }
}
