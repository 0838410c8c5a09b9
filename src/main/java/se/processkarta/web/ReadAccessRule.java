package se.processkarta.web;

import io.micronaut.context.annotation.Value;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.async.publisher.Publishers;
import io.micronaut.http.HttpMethod;
import io.micronaut.http.HttpRequest;
import io.micronaut.management.endpoint.annotation.Endpoint;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.rules.SecuredAnnotationRule;
import io.micronaut.security.rules.SecurityRule;
import io.micronaut.security.rules.SecurityRuleResult;
import io.micronaut.web.router.RouteAttributes;
import io.micronaut.web.router.RouteMatch;
import jakarta.inject.Singleton;
import org.reactivestreams.Publisher;

/**
 * Reads (GET, HEAD) of routes without their own {@code @Secured} are open to anyone, or to any
 * logged-in user when PROCESSKARTA_READ_REQUIRES_LOGIN is true. It says nothing about other
 * methods: a write without an explicit rule is refused, because no rule allows it.
 */
@Singleton
class ReadAccessRule implements SecurityRule<HttpRequest<?>> {

  /** After the {@code @Secured} annotations, which decide wherever they are present. */
  static final int ORDER = SecuredAnnotationRule.ORDER + 50;

  private final boolean readRequiresLogin;

  ReadAccessRule(@Value("${processkarta.read-requires-login:false}") boolean readRequiresLogin) {
    this.readRequiresLogin = readRequiresLogin;
  }

  @Override
  public Publisher<SecurityRuleResult> check(
      @Nullable HttpRequest<?> request, @Nullable Authentication authentication) {
    if (request == null) {
      return Publishers.just(SecurityRuleResult.UNKNOWN);
    }
    HttpMethod m = request.getMethod();
    if (m != HttpMethod.GET && m != HttpMethod.HEAD || isGuardedEndpoint(request)) {
      return Publishers.just(SecurityRuleResult.UNKNOWN);
    }
    if (readRequiresLogin && authentication == null) {
      return Publishers.just(SecurityRuleResult.REJECTED);
    }
    return Publishers.just(SecurityRuleResult.ALLOWED);
  }

  /**
   * A management endpoint other than health (beans, loggers, …) is not a read of the model: this
   * rule leaves it to the sensitive-endpoint rule, so anonymous callers get 401.
   */
  private static boolean isGuardedEndpoint(HttpRequest<?> request) {
    return RouteAttributes.getRouteMatch(request)
        .map(RouteMatch::getAnnotationMetadata)
        .filter(a -> a.hasStereotype(Endpoint.class))
        .map(a -> !"health".equals(a.stringValue(Endpoint.class).orElse("")))
        .orElse(false);
  }

  @Override
  public int getOrder() {
    return ORDER;
  }
}
