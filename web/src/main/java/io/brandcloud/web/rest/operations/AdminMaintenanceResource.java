package io.brandcloud.web.rest.operations;

import io.brandcloud.access.StaffPermission;
import io.brandcloud.platform.application.Maintenance;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.SecretInResponse;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
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

/** The tenant's maintenance mode and its bypass links, for admins (settings permission). */
@Path("/v1/admin/maintenance")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminMaintenanceResource {

  @EJB Maintenance maintenance;
  @Inject TenantApi api;

  @GET
  public ApiMaintenance.State get() {
    api.staff(StaffPermission.SETTINGS_MANAGE);
    return ApiMaintenance.State.of(maintenance.window());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiMaintenance.State change(ApiMaintenance.Change body) {
    api.staff(StaffPermission.SETTINGS_MANAGE);
    return ApiMaintenance.apply(maintenance, RequestBodies.require(body));
  }

  @GET
  @Path("bypasses")
  public List<ApiMaintenance.Bypass> bypasses() {
    api.staff(StaffPermission.SETTINGS_MANAGE);
    return maintenance.bypasses().stream().map(ApiMaintenance.Bypass::of).toList();
  }

  /** A link that lets its holder into the portal while maintenance is on; shown once. */
  @POST
  @Path("bypasses")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecretInResponse
  public Response createBypass(ApiMaintenance.NewBypass body) {
    api.staff(StaffPermission.SETTINGS_MANAGE);
    ApiMaintenance.NewBypass request = RequestBodies.require(body);
    Maintenance.CreatedBypass created =
        maintenance.createBypass(request.name(), request.validHours());
    return Response.status(Response.Status.CREATED)
        .entity(
            new ApiMaintenance.CreatedBypass(
                ApiMaintenance.Bypass.of(created.bypass()),
                created.token(),
                api.portalBase() + "/maintenance-bypass?token=" + created.token()))
        .build();
  }

  @DELETE
  @Path("bypasses/{id}")
  public Response removeBypass(@PathParam("id") long id) {
    api.staff(StaffPermission.SETTINGS_MANAGE);
    maintenance.removeBypass(id);
    return Response.noContent().build();
  }
}
