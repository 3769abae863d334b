package io.brandcloud.web.rest;

import io.brandcloud.web.edge.RequestMetrics;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.AnnotatedElement;

/**
 * Names an API request by the template of the resource method that took it ({@code
 * /api/v1/servers/{id}}), never by its path, so request metrics have one series per route and not
 * one per server id.
 */
@Provider
public class RouteOfResource implements ContainerRequestFilter {

  @Context ResourceInfo resource;
  @Context HttpServletRequest servletRequest;

  @Override
  public void filter(ContainerRequestContext request) {
    if (resource.getResourceMethod() != null) {
      RequestMetrics.route(
          servletRequest,
          "/api" + template(resource.getResourceClass()) + template(resource.getResourceMethod()));
    }
  }

  static String template(AnnotatedElement element) {
    Path path = element.getAnnotation(Path.class);
    if (path == null || path.value().isEmpty() || path.value().equals("/")) {
      return "";
    }
    String value = path.value().replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
    return (value.startsWith("/") ? "" : "/")
        + (value.endsWith("/") ? value.substring(0, value.length() - 1) : value);
  }
}
