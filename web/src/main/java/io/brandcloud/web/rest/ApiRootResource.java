package io.brandcloud.web.rest;

import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.web.edge.Edge;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The API's front door, open to anyone: which shop answers here and where its reference is, so a
 * script can check its base address and connectivity before it has credentials. It reads nothing
 * but the tenant the edge resolved.
 */
@Path("/v1")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApiRootResource {

  @Inject TenantApi api;
  @Inject HttpServletRequest request;

  /** The root on the wire; the links are paths on the address the caller used. */
  public record ApiRoot(String name, String slug, String currency, String version, Links links) {}

  /** Where to go next. */
  public record Links(String documentation, String openapi, String me) {}

  @GET
  public ApiRoot root() {
    TenantContext tenant = api.tenant();
    String base = ((Edge) request.getAttribute(Edge.ATTRIBUTE)).basePath();
    return new ApiRoot(
        tenant.name(),
        tenant.slug(),
        tenant.currency().getCurrencyCode(),
        "v1",
        new Links(base + "/api-docs.html", "/openapi", base + "/api/v1/me"));
  }
}
