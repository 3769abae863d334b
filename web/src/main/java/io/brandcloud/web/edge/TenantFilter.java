package io.brandcloud.web.edge;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.Role;
import io.brandcloud.access.StaffPage;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.platform.application.MaintenanceGate;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Objects;
import org.jboss.logging.MDC;

/**
 * The one place a request gets its tenant. Unknown tenants and paths that belong to no area are
 * 404; a suspended tenant shows its suspended page; an area that needs a role sends anonymous
 * callers to its login page. A {@code /t/{slug}/...} request is forwarded to its inner path with
 * the tenant set on the thread. A path or query that is not plain text is 400.
 */
@WebFilter(urlPatterns = "/*", dispatcherTypes = DispatcherType.REQUEST)
public class TenantFilter extends HttpFilter {

  @Inject EdgeResolver resolver;
  @EJB TenantSettings settings;
  @EJB AuditLog audit;
  @EJB MaintenanceGate maintenance;

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (!RequestTarget.isPlain(request.getRequestURI(), request.getQueryString())) {
      MalformedRequest.refuse(
          resolver.resolve(request).map(e -> e.area() == Area.API).orElse(false), response);
      return;
    }
    String path = EdgeResolver.pathOf(request);
    if (path.equals("/") && resolver.resolve(request).map(e -> e.tenant().isEmpty()).orElse(true)) {
      response.sendRedirect(request.getContextPath() + "/platform/");
      return;
    }
    Edge edge = resolver.resolve(request).orElse(null);
    if (edge == null) {
      response.sendError(HttpServletResponse.SC_NOT_FOUND);
      return;
    }
    if (edge.area() == Area.UNMANAGED) {
      chain.doFilter(request, response);
    } else if (edge.tenant().isPresent()) {
      serveTenant(edge, edge.tenant().get(), request, response, chain);
    } else {
      servePlatform(edge, request, response, chain);
    }
  }

  private void servePlatform(
      Edge edge, HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    if (edge.innerPath().equals("/platform") || edge.innerPath().equals("/platform/")) {
      response.sendRedirect(request.getContextPath() + "/platform/dashboard.xhtml");
      return;
    }
    if (mayEnter(edge, request, response)) {
      MDC.put("requestId", RequestIds.of(request));
      try {
        chain.doFilter(request, response);
      } finally {
        MDC.remove("requestId");
      }
    }
  }

  private void serveTenant(
      Edge edge,
      TenantContext tenant,
      HttpServletRequest request,
      HttpServletResponse response,
      FilterChain chain)
      throws IOException, ServletException {
    if (tenant.isSuspended() && edge.area() != Area.RESOURCE) {
      SuspendedPage.write(edge, tenant, request, response);
      return;
    }
    if (MaintenanceDoor.turnsAway(maintenance, edge, tenant, request, response)) {
      return;
    }
    if (edge.innerPath().equals("/")) {
      response.sendRedirect(request.getContextPath() + edge.basePath() + "/index.xhtml");
      return;
    }
    if (!mayEnter(edge, request, response)) {
      return;
    }
    try {
      CurrentTenant.callAs(
          tenant,
          () -> {
            if (!staffRoleAllows(edge)) {
              response.sendError(HttpServletResponse.SC_FORBIDDEN);
              return null;
            }
            if (staffMustEnrolSecondFactor(edge)) {
              response.sendRedirect(
                  request.getContextPath()
                      + edge.basePath()
                      + "/account.xhtml?twoFactorRequired=true");
              return null;
            }
            recordImpersonatedAction(edge, request);
            if (edge.basePath().isEmpty()) {
              chain.doFilter(request, response);
            } else {
              request
                  .getRequestDispatcher(RequestTarget.encodePath(edge.innerPath()))
                  .forward(request, response);
            }
            return null;
          });
    } catch (IOException | ServletException | RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new ServletException(e);
    }
  }

  private static boolean staffRoleAllows(Edge edge) {
    if (edge.area() != Area.TENANT_ADMIN) {
      return true;
    }
    Role role =
        CurrentCaller.get().map(Caller::role).filter(Objects::nonNull).orElse(Role.CUSTOMER);
    return StaffPage.opensTo(role, staffPageName(edge.innerPath()));
  }

  /** "/admin/customers.xhtml" is the page "customers"; what is not a staff page has no name. */
  private static String staffPageName(String innerPath) {
    String prefix = "/admin/";
    String suffix = ".xhtml";
    return innerPath.startsWith(prefix) && innerPath.endsWith(suffix)
        ? innerPath.substring(prefix.length(), innerPath.length() - suffix.length())
        : "";
  }

  /**
   * Everything staff submit while acting as a customer is in the audit log: here every call of the
   * API but its push tickets, which pages ask for by themselves; in pages, each action taken
   * ({@link io.brandcloud.web.faces.shared.ImpersonatedActions}), not each request a page sends.
   */
  private void recordImpersonatedAction(Edge edge, HttpServletRequest request) {
    if ("GET".equals(request.getMethod())
        || "HEAD".equals(request.getMethod())
        || isPageOrPush(edge)) {
      return;
    }
    CurrentCaller.get()
        .filter(caller -> caller.impersonator() != null)
        .ifPresent(
            caller ->
                audit.record(
                    caller.name(),
                    "impersonation.request",
                    request.getMethod() + " " + edge.innerPath(),
                    null));
  }

  private static boolean isPageOrPush(Edge edge) {
    String path = edge.innerPath();
    return path.startsWith("/api/v1/push/") || path.endsWith(".xhtml");
  }

  /**
   * Staff pages wait until a staff member without two factors has enrolled, if the tenant says so.
   */
  private boolean staffMustEnrolSecondFactor(Edge edge) {
    if (edge.area() != Area.TENANT_ADMIN) {
      return false;
    }
    boolean confirmed = CurrentCaller.get().map(Caller::secondFactor).orElse(false);
    return !confirmed && settings.current().staffTwoFactorRequired();
  }

  private static boolean mayEnter(
      Edge edge, HttpServletRequest request, HttpServletResponse response) throws IOException {
    String group = edge.area().requiredGroup();
    if (group == null || request.isUserInRole(group)) {
      return true;
    }
    if (request.getUserPrincipal() == null) {
      LoginReturn.toLogin(edge, request, response);
    } else {
      response.sendError(HttpServletResponse.SC_FORBIDDEN);
    }
    return false;
  }
}
