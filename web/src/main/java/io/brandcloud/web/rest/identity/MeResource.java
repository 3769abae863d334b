package io.brandcloud.web.rest.identity;

import io.brandcloud.access.Scope;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.web.rest.TenantApi;
import io.brandcloud.web.security.SessionLogin;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** Who the caller is, in which tenant, with which scopes. */
@Path("/v1/me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

  @Inject TenantApi api;

  /** The caller on the wire. */
  public record ApiMe(
      long id,
      String email,
      String name,
      List<String> roles,
      List<String> scopes,
      String authenticatedBy,
      ApiTenant tenant) {}

  /** The tenant the caller belongs to. */
  public record ApiTenant(String slug, String name, String currency) {}

  @GET
  public ApiMe me() {
    SessionLogin login = api.user(Scope.READ_USER);
    TenantContext tenant = api.tenant();
    return new ApiMe(
        login.userId(),
        login.name(),
        login.displayName(),
        login.groups().stream().sorted().toList(),
        login.scopes().stream().sorted().toList(),
        login.viaApiKey() ? "api_key" : "password",
        new ApiTenant(tenant.slug(), tenant.name(), tenant.currency().getCurrencyCode()));
  }
}
