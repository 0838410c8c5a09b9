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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import se.processkarta.assignments.Assignment;
import se.processkarta.assignments.AssignmentFilter;
import se.processkarta.assignments.AssignmentService;
import se.processkarta.diagrams.DiagramService;
import se.processkarta.hierarchy.TreeNode;
import se.processkarta.model.Code;
import se.processkarta.model.VersionRef;
import se.processkarta.reads.ModelReads;
import se.processkarta.roles.GapItem;
import se.processkarta.roles.Gaps;
import se.processkarta.roles.RoleHolder;
import se.processkarta.web.http.Language;

/** A person's responsibilities with the person card, and the gaps and conflicts report. */
@Hidden
@Controller
@ExecuteOn(TaskExecutors.BLOCKING)
class PeoplePages {

  private final ModelReads reads;
  private final PageRenderer pages;
  private final AssignmentService assignments;
  private final DiagramService diagrams;

  PeoplePages(
      ModelReads reads,
      PageRenderer pages,
      AssignmentService assignments,
      DiagramService diagrams) {
    this.reads = reads;
    this.pages = pages;
    this.assignments = assignments;
    this.diagrams = diagrams;
  }

  /** {@code ?asOf=} or {@code ?version=} shows the person as the model was then. */
  @Get(value = "/personer/{id}", produces = MediaType.TEXT_HTML)
  HttpResponse<String> person(
      HttpRequest<?> request,
      @Nullable Authentication auth,
      @PathVariable String id,
      @QueryValue @Nullable String asOf,
      @QueryValue @Nullable String version) {
    Map<String, Object> m = Pages.model(request, auth);
    AsOfForm.Resolved resolved = AsOfForm.resolve(reads, version, asOf, Language.of(request));
    resolved.into(m, reads);
    m.put("p", reads.person(resolved.version(), id, null));
    // The person card in the page, its boxes links (kept on the page's version).
    m.put(
        "cardSvg",
        BrowsePages.inlineSvg(
            diagrams.render(
                diagrams.version(resolved.version()),
                new DiagramService.Request(
                    "person",
                    Optional.empty(),
                    0,
                    "",
                    id,
                    Optional.empty(),
                    Optional.empty(),
                    DiagramService.Format.SVG)),
            "card",
            resolved.pageQuery()));
    // The assignments the person takes part in, leads or orders, newest first.
    m.put(
        "assignments",
        assignments
            .list(new AssignmentFilter(null, null, null, id, null, null, null, null))
            .stream()
            .sorted(java.util.Comparator.comparing((Assignment a) -> a.brief().start()).reversed())
            .toList());
    return resolved.form().error() == null
        ? pages.page("person", m, request)
        : pages.invalid("person", m, request, HttpStatus.BAD_REQUEST);
  }

  /** {@code ?omrade=CODE} narrows the gaps to one verksamhetsområde (or any subtree). */
  @Get(value = "/luckor", produces = MediaType.TEXT_HTML)
  HttpResponse<String> gaps(
      HttpRequest<?> request, @Nullable Authentication auth, @QueryValue @Nullable String omrade) {
    Code root = omrade == null || omrade.isBlank() ? null : Code.parse(omrade.strip());
    Map<String, Object> m = Pages.model(request, auth);
    m.put("area", root == null ? "" : root.toString());
    m.put("areas", areas());
    Gaps gaps = reads.gaps(VersionRef.CURRENT, root, null);
    m.put("gaps", gaps);
    // Whom to contact about each gap: the owner of the nearest part above that has one.
    Map<String, RoleHolder> above = new java.util.HashMap<>();
    for (GapItem g : gaps.missingOwner()) {
      RoleHolder owner =
          reads
              .elementRoles(VersionRef.CURRENT, Code.parse(g.code()), null, Language.of(request))
              .owner();
      if (owner != null) {
        above.put(g.code(), owner);
      }
    }
    m.put("ownerAbove", above);
    m.put("conflicts", reads.conflicts(VersionRef.CURRENT, null));
    return pages.page("gaps", m, request);
  }

  /** The verksamhetsområden (level 2) for the filter, under their verksamhetstyp. */
  private List<TreeNode> areas() {
    List<TreeNode> out = new ArrayList<>();
    for (TreeNode type : reads.tree(VersionRef.CURRENT, Optional.empty(), 2)) {
      out.addAll(type.children());
    }
    return out;
  }
}
