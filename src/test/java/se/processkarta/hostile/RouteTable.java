package se.processkarta.hostile;

import io.micronaut.core.type.Argument;
import io.micronaut.http.annotation.QueryValue;
import io.micronaut.web.router.Router;
import io.micronaut.web.router.UriRouteInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The routes the running server has, read from its router: every {@code @Controller} method and
 * every management endpoint, with its path variables and query parameters. The hostile suite is
 * generated from this table, so a new route is covered without anyone listing it.
 */
record RouteTable(List<Route> routes) {

  /**
   * One route: method, URI template, the variables in the path and the query parameters; for the
   * body suite also the media types it consumes and the type of its {@code @Body} (null if none).
   */
  record Route(
      String method,
      String template,
      List<String> pathVariables,
      List<String> query,
      List<String> consumes,
      Class<?> body) {

    private static final Pattern VARIABLE = Pattern.compile("\\{([/+?.;#&]?)([^}:]+)(:[^}]*)?}");

    /** The path with each variable replaced by an (already encoded) value, in order. */
    String path(List<String> values) {
      Matcher m = VARIABLE.matcher(template);
      StringBuilder out = new StringBuilder();
      int i = 0;
      while (m.find()) {
        String v = i < values.size() ? values.get(i) : "x";
        i++;
        String prefix = m.group(1).equals("/") ? "/" : "";
        m.appendReplacement(out, Matcher.quoteReplacement(prefix + v));
      }
      m.appendTail(out);
      return out.toString();
    }

    static List<String> variables(String template) {
      List<String> names = new ArrayList<>();
      Matcher m = VARIABLE.matcher(template);
      while (m.find()) {
        names.add(m.group(2));
      }
      return names;
    }

    @Override
    public String toString() {
      return method + " " + template + (query.isEmpty() ? "" : " ?" + String.join("&", query));
    }
  }

  static RouteTable of(Router router) {
    List<Route> routes =
        router
            .uriRoutes()
            .map(RouteTable::route)
            .distinct()
            .sorted(Comparator.comparing(Route::template).thenComparing(Route::method))
            .toList();
    return new RouteTable(routes);
  }

  private static Route route(UriRouteInfo<?, ?> r) {
    String template = r.getUriMatchTemplate().toString();
    List<String> query = new ArrayList<>();
    Class<?> body = null;
    for (Argument<?> a : r.getTargetMethod().getArguments()) {
      if (a.getAnnotationMetadata().hasAnnotation(io.micronaut.http.annotation.Body.class)) {
        body = a.getType();
      }
      if (a.getAnnotationMetadata().hasAnnotation(QueryValue.class)) {
        query.add(
            a.getAnnotationMetadata()
                .stringValue(QueryValue.class)
                .filter(s -> !s.isBlank())
                .orElse(a.getName()));
      }
    }
    return new Route(
        r.getHttpMethodName(),
        template,
        Route.variables(template),
        List.copyOf(query),
        r.getConsumes().stream().map(Object::toString).sorted().toList(),
        body);
  }
}
