package se.processkarta.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import se.processkarta.model.Messages;
import se.processkarta.roles.EditsRejectedException;

/**
 * 422 for a change that breaks the model's rules: problem+json with, in {@code errors}, each
 * failing operation's index, name and reason in the user's language.
 */
@Produces
@Singleton
class EditsRejectedHandler implements ExceptionHandler<EditsRejectedException, HttpResponse<?>> {

  @Serdeable
  record OperationError(int index, String op, String message) {}

  @Serdeable
  record InvalidChange(
      String type,
      String title,
      int status,
      String detail,
      String instance,
      List<OperationError> errors) {}

  @Override
  @SuppressWarnings("rawtypes") // the interface declares a raw HttpRequest
  public HttpResponse<?> handle(HttpRequest request, EditsRejectedException e) {
    Locale locale = Problems.locale(request);
    HttpStatus status = HttpStatus.UNPROCESSABLE_ENTITY;
    List<OperationError> errors =
        e.failures().stream()
            .map(
                f ->
                    new OperationError(
                        f.index(), f.op(), Messages.format(locale, f.messageKey(), f.arguments())))
            .toList();
    InvalidChange body =
        new InvalidChange(
            "about:blank",
            Messages.format(locale, "status.422", List.of()),
            status.getCode(),
            Messages.of(locale, e),
            request.getPath(),
            errors);
    return HttpResponse.status(status).body(body).contentType(Problems.PROBLEM_JSON);
  }
}
