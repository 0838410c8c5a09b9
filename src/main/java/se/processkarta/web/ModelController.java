package se.processkarta.web;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Controller;
import io.micronaut.http.annotation.Get;
import io.micronaut.http.annotation.PathVariable;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.json.JsonMapper;
import io.micronaut.scheduling.TaskExecutors;
import io.micronaut.scheduling.annotation.ExecuteOn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.processkarta.hierarchy.ElementSummary;
import se.processkarta.hierarchy.SearchPage;
import se.processkarta.hierarchy.TreeNode;
import se.processkarta.model.Code;
import se.processkarta.model.Level;
import se.processkarta.model.VersionRef;
import se.processkarta.reads.ModelReads;
import se.processkarta.web.http.VersionParameters;

/** The read API over the Klassa tree. */
@Controller("/api")
@ExecuteOn(TaskExecutors.BLOCKING)
@Tag(name = "Processmodell")
class ModelController {

  private final ModelReads reads;
  private final JsonMapper mapper;
  private final Cache<TreeKey, byte[]> treeJson = Caffeine.newBuilder().maximumSize(64).build();

  ModelController(ModelReads reads, JsonMapper mapper) {
    this.reads = reads;
    this.mapper = mapper;
  }

  @Operation(
      summary = "Ett element med brödsmulor, barn i kodordning och en sammanfattning av rollerna")
  @VersionParameters
  @Get("/elements/{code}")
  ElementResponse element(@PathVariable String code, @Parameter(hidden = true) VersionRef at) {
    ModelReads.ElementOverview o = reads.overview(at, Code.parse(code));
    return ElementResponse.of(o.element(), o.roles());
  }

  @Operation(summary = "Ett elements barn i numerisk kodordning")
  @VersionParameters
  @Get("/elements/{code}/children")
  List<ElementSummary> children(
      @PathVariable String code, @Parameter(hidden = true) VersionRef at) {
    return reads.children(at, Code.parse(code));
  }

  @Operation(summary = "Trädet under en rot (eller hela skogen från nivå 1) till ett djup")
  @VersionParameters
  @Get(value = "/tree", produces = MediaType.APPLICATION_JSON)
  @ApiResponse(
      responseCode = "200",
      content = @Content(array = @ArraySchema(schema = @Schema(implementation = TreeNode.class))))
  HttpResponse<byte[]> tree(
      @QueryValue @Nullable String root,
      @QueryValue(defaultValue = "5") int depth,
      @Parameter(hidden = true) VersionRef at)
      throws IOException {
    Optional<Code> r =
        root == null || root.isBlank() ? Optional.empty() : Optional.of(Code.parse(root));
    TreeKey key = new TreeKey(reads.key(at), r, depth);
    byte[] json = treeJson.getIfPresent(key);
    if (json == null) {
      // Serialising thousands of nodes costs more than reading them from the cache, so the
      // JSON itself is kept until the model stamp changes (a version's, for good).
      json = mapper.writeValueAsBytes(reads.tree(at, r, depth));
      treeJson.put(key, json);
    }
    MutableHttpResponse<byte[]> ok =
        HttpResponse.ok(json).contentType(MediaType.APPLICATION_JSON_TYPE);
    if (at instanceof VersionRef.Past p) {
      // A past version never changes.
      ok.header(
          HttpHeaders.ETAG,
          "\"v" + p.version() + "-" + r.map(Code::toString).orElse("") + "-" + depth + "\"");
    }
    return ok;
  }

  private record TreeKey(String read, Optional<Code> root, int depth) {}

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
  @VersionParameters
  @Get("/search")
  SearchPage search(
      @QueryValue @Nullable String q,
      @QueryValue(defaultValue = "1") int page,
      @QueryValue(defaultValue = "20") int size,
      @Parameter(hidden = true) VersionRef at) {
    return reads.search(at, q, page, size);
  }
}
