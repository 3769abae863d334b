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
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.Headers;
import jakarta.servlet.ServletContext;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Scripts, styles and images of the panel itself (Faces resources and {@code /assets/}, on the
 * platform's paths or a tenant's) are gzip-compressed for browsers that take it: PrimeFaces'
 * scripts shrink to about a quarter. Pages and API answers are left as they are: they carry secrets
 * next to what visitors typed, which compression would let an eavesdropper guess (BREACH). How long
 * browsers keep each is for what serves it to say ({@code VersionedResources}, {@link
 * VersionedAssets}), which knows whether the version asked for is the one it has: it leaves its
 * {@code Cache-Control} in the request's {@link #CACHE} attribute, and it is set here as the answer
 * starts, over whatever PrimeFaces or Faces set meanwhile.
 */
public class StaticAnswers implements ServletExtension {

  /** The request attribute naming the answer's {@code Cache-Control}. */
  public static final String CACHE = StaticAnswers.class.getName() + ".cache";

  /** Kept by browsers for a year: the address names the one version it can ever be. */
  public static final String FOR_A_YEAR = "public, max-age=31536000, immutable";

  private static final Pattern STATIC =
      Pattern.compile("^(/t/[a-z][a-z0-9-]*)?/(jakarta\\.faces\\.resource|assets)/.*");
  private static final int SMALLEST_WORTH_COMPRESSING = 1024;

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    deployment.addInitialHandlerChainWrapper(compressed());
  }

  private static HandlerWrapper compressed() {
    Predicate compressible =
        exchange ->
            exchange.getStatusCode() == 200
                && !exchange.getResponseHeaders().contains(Headers.CONTENT_ENCODING)
                && isText(exchange.getResponseHeaders().getFirst(Headers.CONTENT_TYPE))
                && largeEnough(exchange.getResponseHeaders().getFirst(Headers.CONTENT_LENGTH));
    return next -> {
      HttpHandler encoding =
          new EncodingHandler(
              next,
              new ContentEncodingRepository()
                  .addEncodingHandler("gzip", new GzipEncodingProvider(), 50, compressible));
      return exchange -> {
        if (isStatic(exchange.getRelativePath())) {
          // a shared cache must not hand the compressed copy to a client that did not ask for it
          exchange.getResponseHeaders().add(Headers.VARY, Headers.ACCEPT_ENCODING_STRING);
          exchange.addResponseCommitListener(StaticAnswers::cacheAsServedSays);
          encoding.handleRequest(exchange);
        } else {
          next.handleRequest(exchange);
        }
      };
    };
  }

  private static void cacheAsServedSays(HttpServerExchange exchange) {
    ServletRequestContext servlet = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
    Object cache = servlet == null ? null : servlet.getServletRequest().getAttribute(CACHE);
    if (cache instanceof String value
        && (exchange.getStatusCode() == 200 || !FOR_A_YEAR.equals(value))) {
      exchange.getResponseHeaders().put(Headers.CACHE_CONTROL, value);
    }
  }

  static boolean isStatic(String path) {
    return path != null && STATIC.matcher(path).matches();
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
