package se.processkarta.web.http;

import io.micronaut.http.HttpHeaders;
import io.micronaut.http.HttpRequest;
import io.micronaut.http.HttpResponse;
import io.micronaut.http.MediaType;
import io.micronaut.http.MutableHttpResponse;
import java.util.function.Supplier;

/**
 * The one conditional GET: an answer whose ETag the client already holds ({@code If-None-Match},
 * strong or weak, one tag, a list or {@code *}) is a 304 without the body being made; any other is
 * the body with its ETag and {@code Cache-Control: no-cache} (a cache must ask again, and then gets
 * the 304).
 */
public final class ConditionalGet {

  private ConditionalGet() {}

  /** What a conditional answer sends: its bytes, their media type and their ETag. */
  public record Body(byte[] bytes, String mediaType, String etag) {}

  /**
   * 304 when the request's {@code If-None-Match} names {@code etag}, else the body made by {@code
   * body} (which may carry another ETag if the content moved on meanwhile).
   */
  public static HttpResponse<byte[]> answer(
      HttpRequest<?> request, String etag, Supplier<Body> body) {
    if (matches(request.getHeaders().get(HttpHeaders.IF_NONE_MATCH), etag)) {
      return HttpResponse.<byte[]>notModified().header(HttpHeaders.ETAG, etag);
    }
    Body b = body.get();
    MutableHttpResponse<byte[]> ok =
        HttpResponse.ok(b.bytes()).contentType(MediaType.of(b.mediaType()));
    return ok.header(HttpHeaders.ETAG, b.etag()).header(HttpHeaders.CACHE_CONTROL, "no-cache");
  }

  /** Whether an {@code If-None-Match} header names {@code etag} (RFC 9110: weak comparison). */
  static boolean matches(String header, String etag) {
    if (header == null || header.isBlank()) {
      return false;
    }
    String wanted = opaque(etag);
    for (String tag : header.split(",")) {
      String t = tag.strip();
      if (t.equals("*") || opaque(t).equals(wanted)) {
        return true;
      }
    }
    return false;
  }

  private static String opaque(String tag) {
    return tag.startsWith("W/") ? tag.substring(2) : tag;
  }
}
