package io.brandcloud.web.edge;

import io.brandcloud.platform.application.MaintenanceGate;
import io.brandcloud.platform.domain.MaintenanceWindow;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.tenancy.TenantContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.text.MessageFormat;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The door of a portal in maintenance. Browsers get the branded maintenance page, the API 503 with
 * Retry-After and the error model. Open all the same: files, the staff's area and API and the pages
 * and sockets they need to log in and work (so they can end it), gateway webhooks (payments keep
 * arriving), and anyone holding a bypass link, which {@value #BYPASS_PATH} trades for a cookie.
 * While the tenant's schema moves to another server, only files stay open: any write would wait for
 * the copy and then fail, and gateways send their webhooks again later.
 */
final class MaintenanceDoor {

  static final String BYPASS_PATH = "/maintenance-bypass";
  static final String COOKIE = "bc_maintenance_bypass";

  private MaintenanceDoor() {}

  /** Answers the request itself when the portal is closed to it; false lets it through. */
  static boolean turnsAway(
      MaintenanceGate gate,
      Edge edge,
      TenantContext tenant,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    if (edge.innerPath().equals(BYPASS_PATH)) {
      return tradeBypassLink(gate, edge, tenant, request, response);
    }
    Optional<MaintenanceWindow> closing = gate.closing(tenant.tenantId());
    if (closing.isEmpty() || edge.area() == Area.RESOURCE) {
      return false;
    }
    boolean platformClosed = closing.get().platformWide();
    if (!closing.get().forMove()
        && (staysOpen(edge)
            || bypassCookies(request)
                .anyMatch(token -> gate.lets(token, tenant.tenantId(), platformClosed)))) {
      return false;
    }
    MaintenanceWindow window = closing.get();
    response.setStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
    response.setHeader("Retry-After", Long.toString(gate.retryAfterSeconds(window)));
    response.setHeader("Cache-Control", "no-store");
    if (edge.area() == Area.API) {
      response.setContentType("application/json;charset=UTF-8");
      response
          .getWriter()
          .write(
              "{\"error\":{\"code\":\""
                  + ErrorCode.MAINTENANCE.apiCode()
                  + "\",\"message\":\""
                  + ErrorCode.MAINTENANCE.message()
                  + "\",\"details\":{"
                  + (window.endsAt() == null ? "" : "\"endsAt\":\"" + window.endsAt() + "\"")
                  + "}}}");
      return true;
    }
    BrandedPage.write(
        request,
        response,
        tenant.brand(),
        edge.basePath(),
        "errors.maintenance",
        // a move closes the status page too
        window.forMove() ? null : "/status.xhtml",
        window.message(),
        plannedEnd(window, tenant, request));
    return true;
  }

  /** When the work should be done, in the portal's time zone and the visitor's language. */
  private static String plannedEnd(
      MaintenanceWindow window, TenantContext tenant, HttpServletRequest request) {
    if (window.endsAt() == null) {
      return null;
    }
    Locale language = PortalTexts.languageOf(request.getLocales());
    String when =
        DateTimeFormatter.ofLocalizedDateTime(FormatStyle.LONG, FormatStyle.SHORT)
            .withLocale(language)
            .withZone(tenant.timeZone())
            .format(window.endsAt());
    return new MessageFormat(PortalTexts.text("errors.maintenance.until", language), language)
        .format(new Object[] {when, tenant.timeZone().getId()});
  }

  /**
   * What staff need to log in and work, what gateways send, and the status page, which tells
   * customers what is going on.
   */
  private static final java.util.Set<String> OPEN_PAGES =
      java.util.Set.of(
          "/status.xhtml",
          "/api/v1/status",
          "/login.xhtml",
          "/two-factor.xhtml",
          "/new-password.xhtml",
          "/forgot.xhtml",
          "/reset.xhtml",
          "/account.xhtml");

  private static boolean staysOpen(Edge edge) {
    String path = edge.innerPath();
    return edge.area() == Area.RESOURCE
        || edge.area() == Area.TENANT_ADMIN
        || OPEN_PAGES.contains(path)
        || path.equals("/api/v1/me")
        || path.startsWith("/api/v1/admin/")
        || path.startsWith("/api/v1/push/")
        || path.startsWith("/api/v1/webhooks/")
        || path.startsWith("/ws/");
  }

  private static boolean tradeBypassLink(
      MaintenanceGate gate,
      Edge edge,
      TenantContext tenant,
      HttpServletRequest request,
      HttpServletResponse response)
      throws IOException {
    String token = request.getParameter("token");
    boolean platformClosed =
        gate.closing(tenant.tenantId()).map(MaintenanceWindow::platformWide).orElse(false);
    if (!gate.lets(token, tenant.tenantId(), platformClosed)) {
      response.setStatus(HttpServletResponse.SC_NOT_FOUND);
      BrandedPage.write(
          request, response, tenant.brand(), edge.basePath(), "errors.bypassInvalid", null);
      return true;
    }
    Cookie cookie = new Cookie(COOKIE, token);
    cookie.setHttpOnly(true);
    cookie.setSecure(request.isSecure());
    // the platform's bypass opens every portal on this host, not only the one its link named
    cookie.setPath(
        gate.platformWide(token)
            ? request.getContextPath() + "/"
            : request.getContextPath() + edge.basePath() + "/");
    cookie.setAttribute("SameSite", "Lax");
    response.addCookie(cookie);
    response.setHeader("Cache-Control", "no-store");
    response.sendRedirect(request.getContextPath() + edge.basePath() + "/index.xhtml");
    return true;
  }

  /**
   * Every bypass cookie the browser sends: a portal's own and the platform's share the name, and
   * the portal's (the longer path) comes first.
   */
  private static Stream<String> bypassCookies(HttpServletRequest request) {
    Cookie[] cookies = request.getCookies();
    return cookies == null
        ? Stream.empty()
        : Arrays.stream(cookies).filter(c -> COOKIE.equals(c.getName())).map(Cookie::getValue);
  }
}
