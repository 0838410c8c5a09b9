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
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.OptionalLong;
import se.processkarta.hierarchy.PastTree;
import se.processkarta.model.Code;
import se.processkarta.model.SwedishTime;
import se.processkarta.roles.Conflicts;
import se.processkarta.roles.ElementRoles;
import se.processkarta.roles.Gaps;
import se.processkarta.roles.PastRoles;
import se.processkarta.roles.RoleQueries;

/** The read API over roles on the tree: per element, gaps and conflicts, each as of a date. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Roller och ansvar")
class RolesController {

  private final RoleQueries roles;
  private final PastRoles past;
  private final PastTree versions;

  RolesController(RoleQueries roles, PastRoles past, PastTree versions) {
    this.roles = roles;
    this.past = past;
    this.versions = versions;
  }

  @Operation(
      summary =
          "Roller på ett element per datum (standard i dag): ägare (egen eller ärvd), ledare,"
              + " faktisk ledare, rapportväg, team, allokeringar, resurser och styrgrupper."
              + " Med version eller asOf: som modellen var vid den versionen, per datum"
              + " (standard den dag versionen publicerades)")
  @Get("/elements/{code}/roles")
  ElementRoles elementRoles(
      HttpRequest<?> request,
      @PathVariable String code,
      @QueryValue @Nullable String date,
      @QueryValue @Nullable String version,
      @QueryValue @Nullable String asOf) {
    Code c = Code.parse(code);
    LocalDate day = SwedishTime.parseDate(date);
    OptionalLong v = versions.resolve(version, asOf);
    return v.isPresent()
        ? past.elementRoles(v.getAsLong(), c, day, Problems.locale(request))
        : roles.elementRoles(c, day, Problems.locale(request));
  }

  @Operation(
      summary =
          "Fastställda processer utan ägare under en rot, och processer där ägaren själv är"
              + " processledare")
  @Get("/roles/gaps")
  Gaps gaps(
      @QueryValue @Nullable String root,
      @QueryValue @Nullable String date,
      @QueryValue @Nullable String version,
      @QueryValue @Nullable String asOf) {
    Code r = root == null || root.isBlank() ? null : Code.parse(root.strip());
    LocalDate day = SwedishTime.parseDate(date);
    OptionalLong v = versions.resolve(version, asOf);
    return v.isPresent() ? past.gaps(v.getAsLong(), r, day) : roles.gaps(r, day);
  }

  @Operation(summary = "Personer som är allokerade över 100 % ett datum, med resursägarna")
  @Get("/roles/conflicts")
  Conflicts conflicts(
      @QueryValue @Nullable String date,
      @QueryValue @Nullable String version,
      @QueryValue @Nullable String asOf) {
    LocalDate day = SwedishTime.parseDate(date);
    OptionalLong v = versions.resolve(version, asOf);
    return v.isPresent() ? past.conflicts(v.getAsLong(), day) : roles.conflicts(day);
  }
}
