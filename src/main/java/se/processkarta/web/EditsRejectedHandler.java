package se.processkarta.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.micronaut.serde.annotation.Serdeable;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import se.processkarta.changes.apply.EditsRejectedException;
import se.processkarta.model.Messages;
import se.processkarta.web.http.Language;

/**
 * 422 for a change that breaks the model's rules: problem+json with, in {@code errors}, each
 * failing operation's index, name and reason in the user's language.
 */
@Produces
@Singleton
class EditsRejectedHandler implements ExceptionHandler<EditsRejectedException, HttpResponse<?>> {

  @Serdeable
  record OperationError(
      int index,
      String op,
      String message,
      @JsonInclude(JsonInclude.Include.NON_NULL) @Nullable String field) {}

  @Override
  @SuppressWarnings("rawtypes") // the interface declares a raw HttpRequest
  public HttpResponse<?> handle(HttpRequest request, EditsRejectedException e) {
    Locale locale = Language.of(request);
    HttpStatus status = HttpStatus.UNPROCESSABLE_ENTITY;
    List<OperationError> errors =
        e.failures().stream()
            .map(
                f ->
                    new OperationError(
                        f.index(),
                        f.op(),
                        Messages.format(locale, f.messageKey(), f.arguments()),
                        f.field().orElse(null)))
            .toList();
    return Problems.response(request, status, Messages.of(locale, e), errors);
  }
}
