package io.brandcloud.web.rest.operations;

import io.brandcloud.platform.application.Maintenance;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.SecretInResponse;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * A maintenance window and its bypass links over REST. {@link Maintenance} works on the caller's
 * scope (a tenant, or the platform), so the tenant and platform resources differ only in who may
 * call them and where a bypass link points.
 */
public abstract class MaintenanceEndpoints {

  @EJB protected Maintenance maintenance;
  @Inject protected TenantApi api;

  /** Refuses callers who may not run this scope's maintenance. */
  protected abstract void requireAccess();

  /** The link a new bypass token opens, or null where no single portal is meant. */
  protected abstract String bypassLink(String token);

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  public ApiMaintenance.State get() {
    requireAccess();
    return ApiMaintenance.State.of(maintenance.window());
  }

  @PUT
  @Produces(MediaType.APPLICATION_JSON)
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiMaintenance.State change(ApiMaintenance.Change body) {
    requireAccess();
    return ApiMaintenance.apply(maintenance, RequestBodies.require(body));
  }

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Path("bypasses")
  public List<ApiMaintenance.Bypass> bypasses() {
    requireAccess();
    return maintenance.bypasses().stream().map(ApiMaintenance.Bypass::of).toList();
  }

  /** A link that lets its holder in while maintenance is on; the token is shown once. */
  @POST
  @Produces(MediaType.APPLICATION_JSON)
  @Path("bypasses")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecretInResponse
  public Response createBypass(ApiMaintenance.NewBypass body) {
    requireAccess();
    ApiMaintenance.NewBypass request = RequestBodies.require(body);
    Maintenance.CreatedBypass created =
        maintenance.createBypass(request.name(), request.validHours());
    return Response.status(Response.Status.CREATED)
        .entity(
            new ApiMaintenance.CreatedBypass(
                ApiMaintenance.Bypass.of(created.bypass()),
                created.token(),
                bypassLink(created.token())))
        .build();
  }

  @DELETE
  @Produces(MediaType.APPLICATION_JSON)
  @Path("bypasses/{id}")
  public Response removeBypass(@PathParam("id") long id) {
    requireAccess();
    maintenance.removeBypass(id);
    return Response.noContent().build();
  }
}
