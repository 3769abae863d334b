package io.brandcloud.web.edge;

import io.undertow.server.HandlerWrapper;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.server.handlers.Cookie;
import io.undertow.servlet.ServletExtension;
import io.undertow.servlet.api.DeploymentInfo;
import io.undertow.servlet.handlers.ServletRequestContext;
import io.undertow.util.HeaderMap;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletRequest;
import java.net.InetSocketAddress;

/**
 * Wraps the whole web module in the server's own handler, so that it sees every answer, including
 * the ones no filter sees (error pages, container redirects, answers of the authentication step):
 * it believes forwarded headers only from {@link TrustedProxies}, adds the {@link SecurityHeaders},
 * narrows cookies to the tenant they belong to ({@link CookieScope}), marks them {@code SameSite}
 * and, behind HTTPS, {@code Secure}, and turns redirects back into paths so that a forged {@code
 * Host} header is never echoed.
 */
public class ResponseHardening implements ServletExtension {

  private static final HttpString X_FORWARDED_FOR = new HttpString("X-Forwarded-For");
  private static final HttpString X_FORWARDED_PROTO = new HttpString("X-Forwarded-Proto");
  private static final HttpString CSP = new HttpString("Content-Security-Policy");
  private static final HttpString REFERRER_POLICY = new HttpString("Referrer-Policy");
  private static final HttpString FRAME_OPTIONS = new HttpString("X-Frame-Options");
  private static final HttpString CONTENT_TYPE_OPTIONS = new HttpString("X-Content-Type-Options");
  private static final HttpString REQUEST_ID = new HttpString(RequestIds.HEADER);

  private final TrustedProxies proxies = TrustedProxies.fromEnvironment();

  @Override
  public void handleDeployment(DeploymentInfo deployment, ServletContext context) {
    deployment.addInitialHandlerChainWrapper(hardening(deployment.getContextPath()));
  }

  private HandlerWrapper hardening(String contextPath) {
    return next ->
        (HttpHandler)
            exchange -> {
              settleRequestId(exchange);
              believeTrustedProxy(exchange);
              exchange.addResponseCommitListener(e -> harden(e, contextPath));
              next.handleRequest(exchange);
            };
  }

  /**
   * Decides the request's id before anything reads it: the one it brought when that is a token,
   * else a new one, written back into the request so every later reader sees the same.
   */
  private static void settleRequestId(HttpServerExchange exchange) {
    HeaderMap headers = exchange.getRequestHeaders();
    headers.put(REQUEST_ID, RequestIds.accept(headers.getFirst(REQUEST_ID)));
  }

  private void believeTrustedProxy(HttpServerExchange exchange) {
    InetSocketAddress peer = exchange.getSourceAddress();
    if (peer == null || peer.getAddress() == null) {
      return;
    }
    String peerAddress = peer.getAddress().getHostAddress();
    HeaderMap headers = exchange.getRequestHeaders();
    if (proxies.secure(peerAddress, headers.getLast(X_FORWARDED_PROTO))) {
      exchange.setRequestScheme("https");
    }
    String forwardedFor =
        headers.contains(X_FORWARDED_FOR) ? String.join(",", headers.get(X_FORWARDED_FOR)) : null;
    proxies
        .client(peerAddress, forwardedFor)
        .ifPresent(
            client -> exchange.setSourceAddress(InetSocketAddress.createUnresolved(client, 0)));
  }

  private static void harden(HttpServerExchange exchange, String contextPath) {
    HeaderMap headers = exchange.getResponseHeaders();
    boolean secure = "https".equals(exchange.getRequestScheme());
    if (!headers.contains(CSP)) {
      headers.put(CSP, SecurityHeaders.CONTENT_SECURITY_POLICY);
    }
    headers.put(FRAME_OPTIONS, SecurityHeaders.FRAME_OPTIONS);
    headers.put(CONTENT_TYPE_OPTIONS, SecurityHeaders.CONTENT_TYPE_OPTIONS);
    headers.put(REFERRER_POLICY, SecurityHeaders.REFERRER_POLICY);
    headers.put(REQUEST_ID, exchange.getRequestHeaders().getFirst(REQUEST_ID));
    if (secure) {
      headers.put(Headers.STRICT_TRANSPORT_SECURITY, SecurityHeaders.STRICT_TRANSPORT_SECURITY);
    }
    relativeRedirect(exchange, headers);
    Edge edge = edgeOf(exchange);
    for (Cookie cookie : exchange.responseCookies()) {
      // the maintenance door scopes its bypass cookie itself: the platform's opens every portal
      if (edge != null
          && !MaintenanceDoor.COOKIE.equals(cookie.getName())
          && CookieScope.isDefault(cookie.getPath(), contextPath)) {
        cookie.setPath(CookieScope.pathFor(contextPath, edge));
      }
      if (cookie.getSameSiteMode() == null) {
        cookie.setSameSiteMode("Lax");
      }
      if (secure) {
        cookie.setSecure(true);
      }
    }
  }

  /** The container makes a redirect absolute from the request's own, unchecked, Host header. */
  private static void relativeRedirect(HttpServerExchange exchange, HeaderMap headers) {
    String location = headers.getFirst(Headers.LOCATION);
    if (location == null) {
      return;
    }
    String origin = exchange.getRequestScheme() + "://" + exchange.getHostAndPort();
    if (location.startsWith(origin)) {
      // "//host/…" or "/\\host/…" would send the browser to another host
      String path = "/" + location.substring(origin.length()).replaceFirst("^[/\\\\]+", "");
      headers.put(Headers.LOCATION, path);
    }
  }

  private static Edge edgeOf(HttpServerExchange exchange) {
    ServletRequestContext context = exchange.getAttachment(ServletRequestContext.ATTACHMENT_KEY);
    if (context == null) {
      return null;
    }
    ServletRequest request = context.getOriginalRequest();
    return request != null && request.getAttribute(Edge.ATTRIBUTE) instanceof Edge edge
        ? edge
        : null;
  }
}
