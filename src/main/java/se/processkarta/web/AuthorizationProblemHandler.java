package se.processkarta.web;

import io.micronaut.context.annotation.Replaces;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.security.authentication.AuthorizationException;
import io.micronaut.security.authentication.DefaultAuthorizationExceptionHandler;
import jakarta.inject.Singleton;
import java.util.List;
import se.processkarta.model.Messages;
import se.processkarta.web.http.Language;
import se.processkarta.web.http.SignIn;

/**
 * A browser asking for a page without being signed in is sent to the sign-in page; otherwise 401
 * (not logged in, with a Basic challenge) and 403 (logged in, but without the permission) as
 * problem+json in the user's language, like every other error.
 */
@Produces
@Singleton
@Replaces(DefaultAuthorizationExceptionHandler.class)
class AuthorizationProblemHandler
    implements ExceptionHandler<AuthorizationException, MutableHttpResponse<?>> {

  static final String CHALLENGE = "Basic realm=\"Processkarta\", charset=\"UTF-8\"";

  @Override
  @SuppressWarnings("rawtypes") // the interface declares a raw HttpRequest
  public MutableHttpResponse<?> handle(HttpRequest request, AuthorizationException e) {
    boolean forbidden = e.isForbidden();
    if (!forbidden && ErrorPages.wantsPage(request)) {
      // A browser is sent to sign in and brought back, not shown a password dialog; scripts and
      // the API keep the 401 with its challenge.
      return HttpResponse.seeOther(SignIn.redirect(request));
    }
    HttpStatus status = forbidden ? HttpStatus.FORBIDDEN : HttpStatus.UNAUTHORIZED;
    String detail =
        Messages.format(
            Language.of(request), forbidden ? "auth.forbidden" : "auth.required", List.of());
    MutableHttpResponse<Problem> response = Problems.response(request, status, detail);
    if (!forbidden) {
      response.header(HttpHeaders.WWW_AUTHENTICATE, CHALLENGE);
    }
    return response;
  }
}
