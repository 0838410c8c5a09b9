package se.processkarta.web.http;

import io.micronaut.core.convert.ArgumentConversionContext;
import io.micronaut.core.type.Argument;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.bind.binders.TypedRequestArgumentBinder;
import io.micronaut.security.authentication.Authentication;
import jakarta.inject.Singleton;
import java.util.Optional;
import se.processkarta.changes.Actor;

/**
 * Binds a controller's {@link Actor} argument: the signed-in user and the permissions the session
 * holds for them now, built once per request. Unbound (and so refused) without a signed-in user;
 * the routes that take one are secured, so that answer is 401 before any binding.
 */
@Singleton
public class ActorBinder implements TypedRequestArgumentBinder<Actor> {

  @Override
  public Argument<Actor> argumentType() {
    return Argument.of(Actor.class);
  }

  @Override
  public BindingResult<Actor> bind(
      ArgumentConversionContext<Actor> context, HttpRequest<?> source) {
    Optional<Actor> actor =
        source.getUserPrincipal(Authentication.class).map(a -> Actor.of(a.getName(), a.getRoles()));
    return actor.isPresent() ? () -> actor : BindingResult.unsatisfied();
  }
}
