package io.brandcloud.web.rest;

import io.brandcloud.shared.ErrorCode;
import io.brandcloud.web.edge.Edge;
import io.brandcloud.web.security.CurrentLogin;
import io.brandcloud.web.security.SessionLogin;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.Map;

/**
 * Counts every tenant API request (but gateways' webhooks) against its caller's bucket, answers 429
 * with {@code Retry-After} when it is empty, and tells every caller where they stand in {@code
 * X-RateLimit-*} headers.
 */
@Provider
@PreMatching
@Priority(Priorities.AUTHENTICATION)
public class RateLimitFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String VERDICT = RateLimits.Verdict.class.getName();

  @Inject RateLimits limits;
  @Inject CurrentLogin currentLogin;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    if (!(servletRequest.getAttribute(Edge.ATTRIBUTE) instanceof Edge edge)
        || edge.tenant().isEmpty()
        || isWebhook(request)) {
      return;
    }
    String who =
        currentLogin
            .login()
            .map(SessionLogin::principal)
            .orElse("ip:" + servletRequest.getRemoteAddr());
    RateLimits.Verdict verdict = limits.take(edge.tenant().get(), who);
    request.setProperty(VERDICT, verdict);
    if (!verdict.probe().isConsumed()) {
      request.abortWith(
          ApiError.response(
              ErrorCode.RATE_LIMITED.httpStatus(),
              ErrorCode.RATE_LIMITED.apiCode(),
              ErrorCode.RATE_LIMITED.message(verdict.retryAfterSeconds()),
              Map.of("retryAfterSeconds", verdict.retryAfterSeconds())));
    }
  }

  /**
   * Gateways post bursts of webhooks from a few addresses; limiting them would only delay credits
   * (they send again later). Their signatures are checked instead.
   */
  private static boolean isWebhook(ContainerRequestContext request) {
    String path = request.getUriInfo().getPath();
    return (path.startsWith("/") ? path.substring(1) : path).startsWith("v1/webhooks/");
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    if (!(request.getProperty(VERDICT) instanceof RateLimits.Verdict verdict)) {
      return;
    }
    MultivaluedMap<String, Object> headers = response.getHeaders();
    headers.putSingle("X-RateLimit-Limit", verdict.limit());
    headers.putSingle("X-RateLimit-Remaining", verdict.probe().getRemainingTokens());
    headers.putSingle("X-RateLimit-Reset", verdict.resetSeconds());
    if (!verdict.probe().isConsumed()) {
      headers.putSingle("Retry-After", verdict.retryAfterSeconds());
    }
  }
}
