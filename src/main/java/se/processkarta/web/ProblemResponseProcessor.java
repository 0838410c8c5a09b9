package se.processkarta.web;

import io.micronaut.context.annotation.Primary;
import io.micronaut.context.annotation.Value;
import io.micronaut.core.bind.exceptions.UnsatisfiedArgumentException;
import io.micronaut.core.convert.exceptions.ConversionErrorException;
import io.micronaut.http.HttpStatus;
import io.micronaut.http.MutableHttpResponse;
import io.micronaut.http.server.exceptions.response.ErrorContext;
import io.micronaut.http.server.exceptions.response.ErrorResponseProcessor;
import io.micronaut.http.server.netty.NettyHttpRequest;
import io.netty.handler.codec.http.TooLongHttpLineException;
import jakarta.inject.Singleton;
import java.util.List;
import java.util.Locale;
import se.processkarta.model.Messages;
import se.processkarta.web.http.Language;

/**
 * Every error the framework itself answers (unknown route, unreadable parameter, wrong method,
 * unexpected failure) becomes problem+json with a message in the user's language. The framework's
 * own English text and any stack trace never reach the user.
 */
@Singleton
@Primary
class ProblemResponseProcessor implements ErrorResponseProcessor<Problem> {

  private final int maxUriLength;
  private final long maxRequestSize;

  ProblemResponseProcessor(
      @Value("${micronaut.server.netty.max-initial-line-length:4096}") int maxUriLength,
      @Value("${micronaut.server.max-request-size:10485760}") long maxRequestSize) {
    this.maxUriLength = maxUriLength;
    this.maxRequestSize = maxRequestSize;
  }

  @Override
  public MutableHttpResponse<Problem> processResponse(
      ErrorContext context, MutableHttpResponse<?> baseResponse) {
    HttpStatus status = baseResponse.getStatus();
    Locale locale = Language.of(context.getRequest());
    if (context.getRequest() instanceof NettyHttpRequest<?> n
        && n.getNativeRequest().decoderResult().cause() instanceof TooLongHttpLineException) {
      // Netty reports a too-long request line as a too-large request; it is the URI that is long.
      return Problems.response(
          context.getRequest(),
          HttpStatus.REQUEST_URI_TOO_LONG,
          text(locale, "http.uriTooLong", String.valueOf(maxUriLength)));
    }
    if (status == HttpStatus.REQUEST_ENTITY_TOO_LARGE && brokenMultipart(context)) {
      // Netty's multipart decoder reports a body that is no multipart form (no parts, no boundary)
      // as too large; the body is within the limit, so the answer says what is wrong with it.
      return Problems.response(
          context.getRequest(), HttpStatus.BAD_REQUEST, text(locale, "http.multipartBroken"));
    }
    String detail =
        switch (status) {
          case NOT_FOUND -> text(locale, "http.notFound", context.getRequest().getPath());
          case METHOD_NOT_ALLOWED ->
              text(locale, "http.methodNotAllowed", context.getRequest().getMethodName());
          case UNSUPPORTED_MEDIA_TYPE -> text(locale, "http.unsupportedMediaType");
          case NOT_ACCEPTABLE -> text(locale, "http.notAcceptable");
          case UNAUTHORIZED -> text(locale, "http.unauthorized");
          case FORBIDDEN -> text(locale, "http.forbidden");
          case REQUEST_ENTITY_TOO_LARGE ->
              text(locale, "http.payloadTooLarge", String.valueOf(maxRequestSize));
          case BAD_REQUEST -> badRequest(context, locale);
          default ->
              status.getCode() >= 500
                  ? text(locale, "http.serverError")
                  : text(locale, "http.otherError");
        };
    MutableHttpResponse<Problem> response = Problems.response(context.getRequest(), status, detail);
    baseResponse
        .getHeaders()
        .forEach(
            (name, values) -> {
              if (name.equalsIgnoreCase("Allow")) {
                values.forEach(v -> response.header(name, v));
              }
            });
    return response;
  }

  private static String badRequest(ErrorContext context, Locale locale) {
    Throwable cause = context.getRootCause().orElse(null);
    if (cause instanceof ConversionErrorException c) {
      return text(locale, "http.badParameter", c.getArgument().getName());
    }
    if (cause instanceof UnsatisfiedArgumentException u) {
      return text(locale, "http.missingParameter", u.getArgument().getName());
    }
    return text(locale, "http.badRequest");
  }

  private static String text(Locale locale, String key, String... args) {
    return Messages.format(locale, key, List.of(args));
  }

  /** A request that says multipart/form-data and is within the size limit. */
  private boolean brokenMultipart(ErrorContext context) {
    var request = context.getRequest();
    boolean multipart =
        request
            .getContentType()
            .filter(t -> t.matches(io.micronaut.http.MediaType.MULTIPART_FORM_DATA_TYPE))
            .isPresent();
    long length = request.getContentLength();
    return multipart && length >= 0 && length <= maxRequestSize;
  }
}
