package io.brandcloud.web.edge;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Times every request by method, route and status ({@code brandcloud_http_requests_seconds}). The
 * route is the API's resource template ({@code RouteOfResource}) or the page's view, never a raw
 * path: unknown paths are {@code unmatched}, so nobody can grow the series by asking for made-up
 * addresses. Declared first in web.xml so it sees the status every other filter settled.
 */
public class RequestMetrics extends HttpFilter {

  static final String TIMER = "brandcloud.http.requests";
  private static final String ROUTE = RequestMetrics.class.getName() + ".route";
  private static final Set<String> METHODS =
      Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS");

  @Inject MeterRegistry registry;

  /**
   * The timers by method, route and status: WildFly's registry looks a meter up among all it holds
   * on every call, which cost the API's front door a third of its throughput.
   */
  private final Map<String, Timer> timers = new ConcurrentHashMap<>();

  /** The route a later step (the API) recognised this request as. */
  public static void route(HttpServletRequest request, String route) {
    request.setAttribute(ROUTE, route);
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    long started = System.nanoTime();
    boolean failed = true;
    try {
      chain.doFilter(request, response);
      failed = false;
    } finally {
      if (!request.isAsyncStarted()) {
        int status = failed ? 500 : response.getStatus();
        timer(
                METHODS.contains(request.getMethod()) ? request.getMethod() : "OTHER",
                routeOf(request, status),
                Integer.toString(status))
            .record(System.nanoTime() - started, TimeUnit.NANOSECONDS);
      }
    }
  }

  private Timer timer(String method, String route, String status) {
    return timers.computeIfAbsent(
        method + " " + route + " " + status,
        key -> registry.timer(TIMER, Tags.of("method", method, "route", route, "status", status)));
  }

  private static String routeOf(HttpServletRequest request, int status) {
    Object route = request.getAttribute(ROUTE);
    if (route instanceof String known) {
      return known;
    }
    return RequestRoutes.ofPage(
        request.getRequestURI().substring(request.getContextPath().length()), status);
  }
}
