package io.brandcloud.web.edge;

import io.undertow.predicate.Predicate;
import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.encoding.ContentEncodingRepository;
import io.undertow.server.handlers.encoding.EncodingHandler;
import io.undertow.server.handlers.encoding.GzipEncodingProvider;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;
import java.util.Locale;

/**
 * Scripts, styles and images of the panel itself: gzip-compressed for browsers that take it
 * (PrimeFaces' scripts shrink from about 1.5 MB to a quarter), and kept by browsers for a year
 * where their address names their version ({@code v=} of a Faces resource, {@code
 * /assets/v/<version>/}). Pages and API answers are left as they are: they carry secrets next to
 * what visitors typed, which compression would let an eavesdropper guess (BREACH).
 */
public class StaticAnswers implements ServletExtension {

  static final String FOR_A_YEAR = "public, max-age=31536000, immutable";
  private static final String FACES_RESOURCES = "/jakarta.faces.resource/";
  private static final int SMALLEST_WORTH_COMPRESSING = 1024;

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    deployment.addInitialHandlerChainWrapper(compressed());
    deployment.addInitialHandlerChainWrapper(kept());
  }

  private static HandlerWrapper compressed() {
    Predicate compressible =
        exchange ->
            isStatic(exchange)
                && !exchange.getResponseHeaders().contains(Headers.CONTENT_ENCODING)
                && isText(exchange.getResponseHeaders().getFirst(Headers.CONTENT_TYPE))
                && largeEnough(exchange.getResponseHeaders().getFirst(Headers.CONTENT_LENGTH));
    return next ->
        new EncodingHandler(
            next,
            new ContentEncodingRepository()
                .addEncodingHandler("gzip", new GzipEncodingProvider(), 50, compressible));
  }

  private static HandlerWrapper kept() {
    return next ->
        (HttpHandler)
            exchange -> {
              if (isVersioned(exchange)) {
                exchange.addResponseCommitListener(
                    answered -> {
                      if (answered.getStatusCode() == 200) {
                        answered.getResponseHeaders().put(Headers.CACHE_CONTROL, FOR_A_YEAR);
                      }
                    });
              }
              next.handleRequest(exchange);
            };
  }

  static boolean isStatic(HttpServerExchange exchange) {
    String path = exchange.getRequestPath();
    return path.contains(FACES_RESOURCES) || path.contains(VersionedAssets.PREFIX);
  }

  static boolean isVersioned(HttpServerExchange exchange) {
    String path = exchange.getRequestPath();
    return path.contains(FACES_RESOURCES) && exchange.getQueryParameters().containsKey("v")
        || path.contains(VersionedAssets.PREFIX + "v/");
  }

  static boolean isText(String contentType) {
    if (contentType == null) {
      return false;
    }
    String type = contentType.toLowerCase(Locale.ROOT);
    return type.startsWith("text/")
        || type.startsWith("application/javascript")
        || type.startsWith("application/json")
        || type.startsWith("image/svg+xml");
  }

  static boolean largeEnough(String contentLength) {
    if (contentLength == null) {
      return true;
    }
    try {
      return Long.parseLong(contentLength.trim()) >= SMALLEST_WORTH_COMPRESSING;
    } catch (NumberFormatException e) {
      return true;
    }
  }
}
