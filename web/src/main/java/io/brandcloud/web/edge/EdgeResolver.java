package io.brandcloud.web.edge;

import io.brandcloud.platform.application.TenantDirectory;
import io.brandcloud.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;

/**
 * Resolves a request once and keeps the answer on the request: the authentication mechanism (which
 * runs before any filter) and the {@link TenantFilter} both ask. A host that is a tenant's domain
 * serves only that tenant; any other host serves the platform console and the {@code /t/{slug}/}
 * portals. Empty means 404.
 */
@ApplicationScoped
public class EdgeResolver {

  private static final String PREFIX = "/t/";

  @Inject TenantDirectory directory;

  public Optional<Edge> resolve(HttpServletRequest request) {
    Object cached = request.getAttribute(Edge.ATTRIBUTE);
    if (cached instanceof Edge edge) {
      return Optional.of(edge);
    }
    Optional<Edge> edge = compute(request);
    edge.ifPresent(e -> request.setAttribute(Edge.ATTRIBUTE, e));
    return edge;
  }

  private Optional<Edge> compute(HttpServletRequest request) {
    String path = pathOf(request);
    String requestId = RequestIds.of(request);
    Optional<TenantContext> byHost = directory.byDomain(hostOf(request), requestId);
    if (byHost.isPresent()) {
      return Optional.ofNullable(Area.ofTenantPath(path))
          .map(area -> new Edge(byHost, path, "", area));
    }
    if (path.startsWith(PREFIX)) {
      return byPrefix(path, requestId);
    }
    return Optional.ofNullable(Area.ofPlatformPath(path))
        .map(area -> new Edge(Optional.empty(), path, "", area));
  }

  private Optional<Edge> byPrefix(String path, String requestId) {
    int end = path.indexOf('/', PREFIX.length());
    String slug = end < 0 ? path.substring(PREFIX.length()) : path.substring(PREFIX.length(), end);
    String inner = end < 0 ? "/" : path.substring(end);
    Area area = Area.ofTenantPath(inner);
    if (area == null) {
      return Optional.empty();
    }
    return directory
        .bySlug(slug, requestId)
        .map(t -> new Edge(Optional.of(t), inner, PREFIX + slug, area));
  }

  /**
   * The decoded, normalised path inside the application (never the raw URI, which may hide "..",
   * "%2e").
   */
  static String pathOf(HttpServletRequest request) {
    String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
    String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
    String path = servletPath + pathInfo;
    return path.isEmpty() ? "/" : path;
  }

  private static String hostOf(HttpServletRequest request) {
    String host = request.getServerName();
    return host == null ? "" : host;
  }
}
