package se.processkarta.web;

import io.micronaut.context.propagation.slf4j.MdcPropagationContext;
import io.micronaut.core.order.Ordered;
import io.micronaut.core.propagation.MutablePropagatedContext;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.RequestFilter;
import io.micronaut.http.annotation.ResponseFilter;
import io.micronaut.http.annotation.ServerFilter;
import io.micronaut.http.filter.ServerFilterPhase;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.MDC;

/**
 * Every request has an id: the caller's {@code X-Request-Id} when it is a plain token (letters,
 * digits, dot, dash, underscore; at most 64), or a new one. It is in the log's lines written while
 * the request is served (MDC {@code requestId}, carried to the threads that serve it) and in the
 * answer's {@code X-Request-Id}, so that an answer and its log lines can be found together. The
 * outermost filter, so that every answer, an error too, carries it.
 */
@ServerFilter(ServerFilter.MATCH_ALL_PATTERN)
class RequestIds implements Ordered {

  static final String HEADER = "X-Request-Id";
  static final String MDC_KEY = "requestId";

  private static final String ATTRIBUTE = "processkarta.requestId";
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  @Override
  public int getOrder() {
    return ServerFilterPhase.FIRST.before() - 10;
  }

  @RequestFilter
  void identify(HttpRequest<?> request, MutablePropagatedContext context) {
    String given = request.getHeaders().get(HEADER);
    String id =
        given != null && TOKEN.matcher(given).matches() ? given : UUID.randomUUID().toString();
    request.setAttribute(ATTRIBUTE, id);
    try {
      MDC.put(MDC_KEY, id);
      context.add(new MdcPropagationContext());
    } finally {
      MDC.remove(MDC_KEY);
    }
  }

  @ResponseFilter
  void answer(HttpRequest<?> request, MutableHttpResponse<?> response) {
    request
        .getAttribute(ATTRIBUTE, String.class)
        .ifPresent(id -> response.getHeaders().set(HEADER, id));
  }
}
