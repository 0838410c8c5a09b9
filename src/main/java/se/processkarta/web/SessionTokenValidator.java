package se.processkarta.web;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.security.authentication.Authentication;
import io.micronaut.security.token.validator.TokenValidator;
import jakarta.inject.Singleton;
import java.util.Map;
import org.reactivestreams.Publisher;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;
import se.processkarta.changes.Permission;
import se.processkarta.changes.Sessions;

/**
 * Turns the session cookie into the request's user, checked against the stores on every request
 * (see {@link Sessions}): the permissions are the user's now, not what they were at login. The
 * lookup is blocking, so it runs off the event loop.
 */
@Singleton
class SessionTokenValidator implements TokenValidator<HttpRequest<?>> {

  private final Sessions sessions;

  SessionTokenValidator(Sessions sessions) {
    this.sessions = sessions;
  }

  @Override
  public Publisher<Authentication> validateToken(String token, @Nullable HttpRequest<?> request) {
    return Mono.fromCallable(() -> sessions.find(token).orElse(null))
        .subscribeOn(Schedulers.boundedElastic())
        .map(
            live ->
                Authentication.build(
                    live.username(),
                    Permission.roleNames(live.permissions()),
                    Map.of(
                        Sessions.CSRF_ATTRIBUTE,
                        live.csrf(),
                        Sessions.DISPLAY_NAME_ATTRIBUTE,
                        live.displayName())));
  }
}
