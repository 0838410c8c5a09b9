package se.processkarta.web.http;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Lists the files of each {@link FileRoute} in the OpenAPI document that Micronaut generates at
 * compile time: the route's operation is copied once per file, with the file's path, summary and
 * media type and only the parameters the file reads; the route itself leaves the document. The
 * generated document is read as the YAML maps SnakeYAML gives.
 */
public final class OpenApiFiles {

  /** Parameters every file of a route keeps: the version read (see {@link VersionParameters}). */
  private static final List<String> ALWAYS =
      List.of(VersionRefBinder.VERSION, VersionRefBinder.AS_OF);

  private OpenApiFiles() {}

  /**
   * The document with each route's files in its place. A route the document does not have is an
   * error: the route and the list of files would have parted.
   */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> expand(Map<String, Object> document, List<FileRoute> routes) {
    Map<String, Object> doc = (Map<String, Object>) copy(document);
    Map<String, Object> paths = (Map<String, Object>) doc.get("paths");
    for (FileRoute route : routes) {
      Object item = paths.remove(route.template());
      if (!(item instanceof Map<?, ?> methods) || !(methods.get("get") instanceof Map<?, ?> get)) {
        throw new IllegalStateException("OpenAPI has no GET " + route.template());
      }
      for (FileRoute.File file : route.files()) {
        Map<String, Object> op = (Map<String, Object>) copy(get);
        op.put("summary", file.summary());
        op.put("description", file.description());
        op.put("operationId", op.get("operationId") + "_" + file.path().replaceAll("\\W+", "_"));
        op.put("parameters", parameters((List<Object>) op.get("parameters"), route, file));
        Map<String, Object> ok = new LinkedHashMap<>();
        Map<String, Object> responses = (Map<String, Object>) op.get("responses");
        if (responses.get("200") instanceof Map<?, ?> given) {
          ok.putAll((Map<String, Object>) given);
        }
        ok.putIfAbsent("description", file.summary());
        ok.put(
            "content",
            Map.of(
                file.mediaType(), Map.of("schema", Map.of("type", "string", "format", "binary"))));
        responses.put("200", ok);
        paths.put(file.path(), Map.of("get", op));
      }
    }
    doc.put("paths", new TreeMap<>(paths));
    versionSchemas(doc);
    return doc;
  }

  /**
   * Gives {@code version} and {@code asOf} their types wherever they are listed: the generator
   * reads {@link VersionParameters}' descriptions but not its schemas, and would call both
   * "object".
   */
  @SuppressWarnings("unchecked")
  private static void versionSchemas(Map<String, Object> doc) {
    Map<String, Object> version = new LinkedHashMap<>();
    version.put("type", "integer");
    version.put("format", "int64");
    version.put("minimum", 1);
    Map<String, Object> asOf = new LinkedHashMap<>();
    asOf.put("type", "string");
    asOf.put("format", "date");
    for (Object item : ((Map<String, Object>) doc.get("paths")).values()) {
      for (Object op : ((Map<String, Object>) item).values()) {
        if (op instanceof Map<?, ?> operation
            && operation.get("parameters") instanceof List<?> parameters) {
          for (Object p : parameters) {
            Map<String, Object> parameter = (Map<String, Object>) p;
            if (!"query".equals(parameter.get("in"))) {
              continue;
            }
            if (VersionRefBinder.VERSION.equals(parameter.get("name"))) {
              parameter.put("schema", version);
            } else if (VersionRefBinder.AS_OF.equals(parameter.get("name"))) {
              parameter.put("schema", asOf);
            }
          }
        }
      }
    }
  }

  @SuppressWarnings("unchecked")
  private static List<Object> parameters(List<Object> given, FileRoute route, FileRoute.File file) {
    List<Object> kept = new ArrayList<>();
    file.pathParameters()
        .forEach(
            (name, description) -> {
              Map<String, Object> p = new LinkedHashMap<>();
              p.put("name", name);
              p.put("in", "path");
              p.put("description", description);
              p.put("required", true);
              p.put("schema", Map.of("type", "string"));
              kept.add(p);
            });
    for (Object o : given == null ? List.of() : given) {
      Map<String, Object> p = (Map<String, Object>) o;
      String name = (String) p.get("name");
      boolean keep =
          "path".equals(p.get("in"))
              ? !name.equals(route.variable())
              : ALWAYS.contains(name)
                  || file.queryParameters().map(only -> only.contains(name)).orElse(true);
      if (keep) {
        kept.add(p);
      }
    }
    return kept;
  }

  /** A deep copy of YAML maps and lists, so that each file's operation is its own. */
  private static Object copy(Object o) {
    if (o instanceof Map<?, ?> m) {
      Map<String, Object> c = new LinkedHashMap<>();
      m.forEach((k, v) -> c.put((String) k, copy(v)));
      return c;
    } else if (o instanceof List<?> l) {
      return new ArrayList<>(l.stream().map(OpenApiFiles::copy).toList());
    }
    return o;
  }
}
