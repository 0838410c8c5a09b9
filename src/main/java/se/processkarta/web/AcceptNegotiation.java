package se.processkarta.web;

import io.micronaut.context.event.BeanCreatedEvent;
import io.micronaut.context.event.BeanCreatedEventListener;
import io.micronaut.http.netty.channel.ChannelPipelineCustomizer;
import io.micronaut.http.server.netty.NettyServerCustomizer;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpRequest;
import jakarta.inject.Singleton;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Content negotiation as RFC 9110 describes it. Micronaut's router compares an {@code Accept} entry
 * with a route's media types literally (only {@code *}{@code /*} is a wildcard), so {@code
 * application/*} and {@code application/problem+json} got 406 on JSON routes. Before routing, each
 * request's {@code Accept} is completed: a range that admits JSON ({@code application/*}, {@code
 * application/*+json}) or a JSON-based type ({@code application/problem+json}) also names {@code
 * application/json} with the same weight. Ranges that exclude JSON are left alone, so {@code
 * Accept: image/png} on a JSON route is still a 406. Stray {@code %} signs in the target are
 * escaped on the way (see {@link #escapeStrayPercents}).
 */
@Singleton
class AcceptNegotiation implements BeanCreatedEventListener<NettyServerCustomizer.Registry> {

  private static final ChannelHandler HANDLER = new Normaliser();

  @Override
  public NettyServerCustomizer.Registry onCreated(
      BeanCreatedEvent<NettyServerCustomizer.Registry> event) {
    event.getBean().register(new Customizer(null));
    return event.getBean();
  }

  private static final java.util.regex.Pattern RANGE =
      java.util.regex.Pattern.compile("[a-z0-9!#$&^_.+*-]+/[a-z0-9!#$&^_.+*-]+");
  private static final java.util.regex.Pattern PARAMETER =
      java.util.regex.Pattern.compile("[A-Za-z0-9!#$&^_.+*-]+=(\"[^\"]*\"|[^\\s\";,]+)");

  /**
   * The completed header, or the same text when nothing needs adding. Entries that are not a media
   * range ({@code ;}, {@code /}, empty) and parameters that are not {@code name=value} are left
   * out, as RFC 9110 allows: {@code Accept: ;} made this handler throw on every request, which left
   * the connection unanswered. A header with nothing usable left is removed: the client accepts
   * anything. Never throws.
   */
  static String normalise(String accept) {
    if (accept == null || accept.isBlank()) {
      return accept;
    }
    List<String> kept = new ArrayList<>();
    List<String> added = new ArrayList<>();
    boolean namesJson = false;
    boolean dropped = false;
    for (String part : accept.split(",", -1)) {
      String[] fields = part.split(";", -1);
      String range = fields[0].strip().toLowerCase(Locale.ROOT);
      if (!RANGE.matcher(range).matches()) {
        dropped = true;
        continue;
      }
      StringBuilder params = new StringBuilder();
      for (int i = 1; i < fields.length; i++) {
        String f = fields[i].strip();
        if (PARAMETER.matcher(f).matches()) {
          params.append(';').append(f);
        } else {
          dropped = true;
        }
      }
      kept.add(fields[0].strip() + params);
      if (range.equals("application/json")) {
        namesJson = true;
      }
      if (range.equals("application/*")
          || range.equals("application/*+json")
          || (range.startsWith("application/") && range.endsWith("+json"))) {
        added.add("application/json" + params);
      }
    }
    if (kept.isEmpty()) {
      return null;
    }
    String base = dropped ? String.join(", ", kept) : accept;
    if (namesJson || added.isEmpty()) {
      return base;
    }
    return base + ", " + String.join(", ", added);
  }

  /**
   * A {@code %} that does not start an escape ({@code %zz}, a trailing {@code %}) is taken
   * literally, as {@code %25}. Micronaut answers a target it cannot decode with a stand-in request
   * that has lost every header, so the 400 came in Swedish to an English client; now the request
   * keeps its headers and is answered like any other unknown value.
   */
  static String escapeStrayPercents(String uri) {
    StringBuilder out = null;
    for (int i = 0; i < uri.length(); i++) {
      char c = uri.charAt(i);
      boolean stray =
          c == '%'
              && (i + 2 >= uri.length()
                  || Character.digit(uri.charAt(i + 1), 16) < 0
                  || Character.digit(uri.charAt(i + 2), 16) < 0);
      // Netty reads the request line byte by byte (ISO-8859-1): raw UTF-8 from a client that did
      // not percent-encode ("?date=igår") arrives as "igÃ¥r". Encoding those bytes lets the
      // normal UTF-8 decoding restore the text.
      boolean raw = c > 0x7F && c <= 0xFF;
      if ((stray || raw) && out == null) {
        out = new StringBuilder(uri.length() + 8).append(uri, 0, i);
      }
      if (out != null) {
        out.append(stray ? "%25" : raw ? String.format("%%%02X", (int) c) : String.valueOf(c));
      }
    }
    return out == null ? uri : out.toString();
  }

  @ChannelHandler.Sharable
  private static final class Normaliser extends ChannelInboundHandlerAdapter {
    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
      if (msg instanceof HttpRequest request) {
        String uri = request.uri();
        String safe = escapeStrayPercents(uri);
        if (!safe.equals(uri)) {
          request.setUri(safe);
        }
        String accept = request.headers().get(HttpHeaderNames.ACCEPT);
        String normal = normalise(accept);
        if (normal == null && accept != null) {
          request.headers().remove(HttpHeaderNames.ACCEPT);
        } else if (normal != null && !normal.equals(accept)) {
          request.headers().set(HttpHeaderNames.ACCEPT, normal);
        }
      }
      ctx.fireChannelRead(msg);
    }
  }

  private record Customizer(Channel channel) implements NettyServerCustomizer {
    @Override
    public NettyServerCustomizer specializeForChannel(Channel channel, ChannelRole role) {
      return new Customizer(channel);
    }

    @Override
    public void onStreamPipelineBuilt() {
      channel
          .pipeline()
          .addAfter(
              ChannelPipelineCustomizer.HANDLER_HTTP_SERVER_CODEC, "processkarta-accept", HANDLER);
    }
  }
}
