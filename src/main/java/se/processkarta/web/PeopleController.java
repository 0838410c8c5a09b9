package se.processkarta.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalLong;
import se.processkarta.hierarchy.PastTree;
import se.processkarta.model.SwedishTime;
import se.processkarta.roles.OrgUnitView;
import se.processkarta.roles.PastRoles;
import se.processkarta.roles.PersonListItem;
import se.processkarta.roles.PersonResponsibilities;
import se.processkarta.roles.PoolDetail;
import se.processkarta.roles.PoolSummary;
import se.processkarta.roles.RoleQueries;

/** The read API over people, resource pools and the organisation. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Personer och organisation")
class PeopleController {

  private final RoleQueries roles;
  private final PastRoles past;
  private final PastTree versions;

  PeopleController(RoleQueries roles, PastRoles past, PastTree versions) {
    this.roles = roles;
    this.past = past;
    this.versions = versions;
  }

  @Operation(summary = "Personer vars id, namn eller titel innehåller q (högst 100)")
  @Get("/people")
  List<PersonListItem> people(@QueryValue @Nullable String q) {
    return roles.people(q);
  }

  @Operation(
      summary =
          "En persons alla ansvar ett datum (standard i dag), med processer och rapportvägar."
              + " Med version eller asOf: som modellen var vid den versionen, per datum"
              + " (standard den dag versionen publicerades)")
  @Get("/people/{id}")
  PersonResponsibilities person(
      @PathVariable String id,
      @QueryValue @Nullable String date,
      @QueryValue @Nullable String version,
      @QueryValue @Nullable String asOf) {
    LocalDate day = SwedishTime.parseDate(date);
    OptionalLong v = versions.resolve(version, asOf);
    return v.isPresent() ? past.person(v.getAsLong(), id, day) : roles.person(id, day);
  }

  @Operation(summary = "Alla resurser (kompetensområden) med resursägare")
  @Get("/resource-pools")
  List<PoolSummary> resourcePools() {
    return roles.resourcePools();
  }

  @Operation(summary = "En resurs med medlemmar och allokeringar ett datum (standard i dag)")
  @Get("/resource-pools/{id}")
  PoolDetail resourcePool(@PathVariable String id, @QueryValue @Nullable String date) {
    return roles.resourcePool(id, SwedishTime.parseDate(date));
  }

  @Operation(summary = "Alla organisatoriska enheter med överordnad enhet och antal personer")
  @Get("/org-units")
  List<OrgUnitView> orgUnits() {
    return roles.orgUnits();
  }
}
