package se.processkarta.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.order.Ordered;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;

/**
 * Static files (the stylesheet and scripts, the OpenAPI document and Swagger UI) are read with GET
 * and HEAD only: Micronaut served them for TRACE, DELETE and POST too, with 200. Anything else is
 * 405 with {@code Allow}, as problem+json like every other error.
 */
@ServerFilter({"/public/**", "/swagger/**", "/swagger-ui/**"})
final class StaticMethods implements Ordered {

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.order();
  }

  @RequestFilter
  @Nullable
  HttpResponse<?> onlyRead(HttpRequest<?> request) {
    HttpMethod m = request.getMethod();
    if (m == HttpMethod.GET || m == HttpMethod.HEAD) {
      return null;
    }
    return HttpResponse.status(HttpStatus.METHOD_NOT_ALLOWED).header("Allow", "GET, HEAD");
  }
}
