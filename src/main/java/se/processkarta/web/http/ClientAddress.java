package se.processkarta.web.http;

import io.micronaut.http.HttpRequest;
import java.net.InetSocketAddress;

/** The address a request came from, as the server saw it (no forwarding header is trusted). */
public final class ClientAddress {

  private ClientAddress() {}

  public static String of(HttpRequest<?> request) {
    InetSocketAddress a = request == null ? null : request.getRemoteAddress();
    if (a == null) {
      return "-";
    }
    return a.getAddress() == null ? a.getHostString() : a.getAddress().getHostAddress();
  }
}
