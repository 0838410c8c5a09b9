package se.processkarta.web;

import io.micronaut.context.annotation.Requires;
import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import jakarta.inject.Singleton;
import se.processkarta.model.ConflictException;
import se.processkarta.model.ForbiddenException;
import se.processkarta.model.Messages;
import se.processkarta.model.NotFoundException;
import se.processkarta.model.ProcesskartaException;
import se.processkarta.model.RuleViolationException;
import se.processkarta.model.UnavailableException;
import se.processkarta.web.http.Language;

/** Maps the domain's exception family to 400, 403, 404, 409 and 503 problem answers. */
@Produces
@Singleton
@Requires(classes = {ProcesskartaException.class, ExceptionHandler.class})
class DomainExceptionHandler implements ExceptionHandler<ProcesskartaException, HttpResponse<?>> {

  @Override
  @SuppressWarnings("rawtypes") // the interface declares a raw HttpRequest
  public HttpResponse<?> handle(HttpRequest request, ProcesskartaException e) {
    HttpStatus status = HttpStatus.BAD_REQUEST;
    if (e instanceof NotFoundException) {
      status = HttpStatus.NOT_FOUND;
    } else if (e instanceof ConflictException) {
      status = HttpStatus.CONFLICT;
    } else if (e instanceof RuleViolationException) {
      status = HttpStatus.UNPROCESSABLE_ENTITY;
    } else if (e instanceof ForbiddenException) {
      status = HttpStatus.FORBIDDEN;
    } else if (e instanceof UnavailableException u) {
      return Problems.response(
              request, HttpStatus.SERVICE_UNAVAILABLE, Messages.of(Language.of(request), e))
          .header(HttpHeaders.RETRY_AFTER, String.valueOf(u.retryAfterSeconds()));
    }
    return Problems.response(
        request, status, Messages.of(Language.of(request), e), null, e.field().orElse(null));
  }
}
