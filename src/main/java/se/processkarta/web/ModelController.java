package se.processkarta.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Clock;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import se.processkarta.hierarchy.ElementSummary;
import se.processkarta.hierarchy.HierarchyService;
import se.processkarta.hierarchy.PastTree;
import se.processkarta.hierarchy.SearchPage;
import se.processkarta.hierarchy.TreeNode;
import se.processkarta.model.Code;
import se.processkarta.model.Level;
import se.processkarta.model.Messages;
import se.processkarta.model.SwedishTime;
import se.processkarta.roles.PastRoles;
import se.processkarta.roles.RoleQueries;
import se.processkarta.roles.RoleSummary;

/** The read API over the Klassa tree. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Processmodell")
class ModelController {

  private final HierarchyService hierarchy;
  private final PastTree past;
  private final PastRoles pastRoles;
  private final RoleQueries roles;
  private final Clock clock;
  private final JsonMapper mapper;
  private final Cache<TreeKey, byte[]> treeJson = Caffeine.newBuilder().maximumSize(64).build();

  ModelController(
      HierarchyService hierarchy,
      PastTree past,
      PastRoles pastRoles,
      RoleQueries roles,
      Clock clock,
      JsonMapper mapper) {
    this.past = past;
    this.pastRoles = pastRoles;
    this.mapper = mapper;
    this.hierarchy = hierarchy;
    this.roles = roles;
    this.clock = clock;
  }

  @Operation(
      summary = "Ett element med brödsmulor, barn i kodordning och en sammanfattning av rollerna")
  @Get("/elements/{code}")
  ElementResponse element(
      @PathVariable String code,
      @QueryValue @Nullable String version,
      @QueryValue @Nullable String asOf) {
    Code c = Code.parse(code);
    OptionalLong v = past.resolve(version, asOf);
    if (v.isPresent()) {
      return ElementResponse.of(
          past.element(v.getAsLong(), c), pastRoles.summary(v.getAsLong(), c));
    }
    // The element and its roles on one stamp read: one round trip, one consistent version.
    return hierarchy.withOneStampRead(
        () ->
            ElementResponse.of(
                hierarchy.element(c),
                RoleSummary.of(roles.elementRoles(c, SwedishTime.today(clock), Messages.SWEDISH))));
  }

  @Operation(summary = "Ett elements barn i numerisk kodordning")
  @Get("/elements/{code}/children")
  List<ElementSummary> children(
      @PathVariable String code,
      @QueryValue @Nullable String version,
      @QueryValue @Nullable String asOf) {
    Code c = Code.parse(code);
    OptionalLong v = past.resolve(version, asOf);
    return v.isPresent() ? past.children(v.getAsLong(), c) : hierarchy.children(c);
  }

  @Operation(summary = "Trädet under en rot (eller hela skogen från nivå 1) till ett djup")
  @Get(value = "/tree", produces = MediaType.APPLICATION_JSON)
  @ApiResponse(
      responseCode = "200",
      content = @Content(array = @ArraySchema(schema = @Schema(implementation = TreeNode.class))))
  HttpResponse<byte[]> tree(
      @QueryValue @Nullable String root,
      @QueryValue(defaultValue = "5") int depth,
      @QueryValue @Nullable String version,
      @QueryValue @Nullable String asOf)
      throws IOException {
    Optional<Code> r =
        root == null || root.isBlank() ? Optional.empty() : Optional.of(Code.parse(root));
    OptionalLong v = past.resolve(version, asOf);
    if (v.isPresent()) {
      // A past version never changes: its tree is built from the intervals (cached per version).
      byte[] old = mapper.writeValueAsBytes(past.tree(v.getAsLong(), r, depth));
      return HttpResponse.ok(old)
          .contentType(MediaType.APPLICATION_JSON_TYPE)
          .header(
              HttpHeaders.ETAG,
              "\"v" + v.getAsLong() + "-" + r.map(Code::toString).orElse("") + "-" + depth + "\"");
    }
    TreeKey key = new TreeKey(hierarchy.stamp(), r, depth);
    byte[] json = treeJson.getIfPresent(key);
    if (json == null) {
      // Serialising thousands of nodes costs more than reading them from the cache, so the
      // JSON itself is kept until the model stamp changes.
      json = mapper.writeValueAsBytes(hierarchy.tree(r, depth));
      treeJson.put(key, json);
    }
    return HttpResponse.ok(json).contentType(MediaType.APPLICATION_JSON_TYPE);
  }

  private record TreeKey(long stamp, Optional<Code> root, int depth) {}

  @Operation(summary = "De fem nivåerna i Klassa")
  @Get("/levels")
  List<LevelResponse> levels() {
    return Arrays.stream(Level.values())
        .map(
            l ->
                new LevelResponse(
                    l.number(), l.name(), l.label(), l.swedishName(), l.englishName()))
        .toList();
  }

  @Operation(summary = "Fritextsökning i kod, namn och beskrivning (svensk analys), sidindelad")
  @Get("/search")
  SearchPage search(
      @QueryValue @Nullable String q,
      @QueryValue(defaultValue = "1") int page,
      @QueryValue(defaultValue = "20") int size,
      @QueryValue @Nullable String version,
      @QueryValue @Nullable String asOf) {
    OptionalLong v = past.resolve(version, asOf);
    return v.isPresent()
        ? past.search(v.getAsLong(), q, page, size)
        : hierarchy.search(q, page, size);
  }
}
