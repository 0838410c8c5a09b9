package se.processkarta.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import se.processkarta.model.SwedishTime;
import se.processkarta.model.VersionRef;
import se.processkarta.reads.ModelReads;
import se.processkarta.roles.OrgUnitView;
import se.processkarta.roles.PersonListItem;
import se.processkarta.roles.PersonResponsibilities;
import se.processkarta.roles.PoolDetail;
import se.processkarta.roles.PoolSummary;
import se.processkarta.roles.RoleQueries;
import se.processkarta.web.http.VersionParameters;

/** The read API over people, resource pools and the organisation. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Personer och organisation")
class PeopleController {

  private final RoleQueries roles;
  private final ModelReads reads;

  PeopleController(RoleQueries roles, ModelReads reads) {
    this.roles = roles;
    this.reads = reads;
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
  @VersionParameters
  @Get("/people/{id}")
  PersonResponsibilities person(
      @PathVariable String id,
      @QueryValue @Nullable String date,
      @Parameter(hidden = true) VersionRef at) {
    return reads.person(at, id, SwedishTime.parseDate(date));
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
