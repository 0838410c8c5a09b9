package se.processkarta.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import se.processkarta.model.Code;
import se.processkarta.model.SwedishTime;
import se.processkarta.model.VersionRef;
import se.processkarta.reads.ModelReads;
import se.processkarta.roles.Conflicts;
import se.processkarta.roles.ElementRoles;
import se.processkarta.roles.Gaps;
import se.processkarta.web.http.Language;
import se.processkarta.web.http.VersionParameters;

/** The read API over roles on the tree: per element, gaps and conflicts, each as of a date. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Roller och ansvar")
class RolesController {

  private final ModelReads reads;

  RolesController(ModelReads reads) {
    this.reads = reads;
  }

  @Operation(
      summary =
          "Roller på ett element per datum (standard i dag): ägare (egen eller ärvd), ledare,"
              + " faktisk ledare, rapportväg, team, allokeringar, resurser och styrgrupper."
              + " Med version eller asOf: som modellen var vid den versionen, per datum"
              + " (standard den dag versionen publicerades)")
  @VersionParameters
  @Get("/elements/{code}/roles")
  ElementRoles elementRoles(
      HttpRequest<?> request,
      @PathVariable String code,
      @QueryValue @Nullable String date,
      @Parameter(hidden = true) VersionRef at) {
    return reads.elementRoles(
        at, Code.parse(code), SwedishTime.parseDate(date), Language.of(request));
  }

  @Operation(
      summary =
          "Fastställda processer utan ägare under en rot, och processer där ägaren själv är"
              + " processledare")
  @VersionParameters
  @Get("/roles/gaps")
  Gaps gaps(
      @QueryValue @Nullable String root,
      @QueryValue @Nullable String date,
      @Parameter(hidden = true) VersionRef at) {
    Code r = root == null || root.isBlank() ? null : Code.parse(root.strip());
    return reads.gaps(at, r, SwedishTime.parseDate(date));
  }

  @Operation(summary = "Personer som är allokerade över 100 % ett datum, med resursägarna")
  @VersionParameters
  @Get("/roles/conflicts")
  Conflicts conflicts(@QueryValue @Nullable String date, @Parameter(hidden = true) VersionRef at) {
    return reads.conflicts(at, SwedishTime.parseDate(date));
  }
}
