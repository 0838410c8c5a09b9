package se.processkarta.web;

import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.annotation.Produces;
import io.micronaut.http.server.exceptions.ExceptionHandler;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import jakarta.inject.Singleton;
import java.util.List;
import se.processkarta.model.Messages;
import se.processkarta.web.http.Language;

/**
 * A form body Netty cannot decode (a {@code %} that starts no escape, a broken multipart part) is a
 * 400 naming the problem: it was a 500 with a stack trace in the log (the body suite found it).
 */
@Produces
@Singleton
class BrokenFormHandler
    implements ExceptionHandler<HttpPostRequestDecoder.ErrorDataDecoderException, HttpResponse<?>> {

  @Override
  @SuppressWarnings("rawtypes") // the interface declares a raw HttpRequest
  public HttpResponse<?> handle(
      HttpRequest request, HttpPostRequestDecoder.ErrorDataDecoderException e) {
    return Problems.response(
        request,
        HttpStatus.BAD_REQUEST,
        Messages.format(Language.of(request), "http.formBroken", List.of()));
  }
}
