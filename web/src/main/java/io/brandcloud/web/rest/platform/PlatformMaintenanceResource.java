package io.brandcloud.web.rest.platform;

import io.brandcloud.platform.application.Maintenance;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.SecretInResponse;
import io.brandcloud.web.rest.TenantApi;
import io.brandcloud.web.rest.operations.ApiMaintenance;
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

/**
 * Maintenance of the whole platform, for operators: every portal shows its maintenance page and
 * every tenant API answers 503; a platform bypass opens every portal ({@code {portal}
 * /maintenance-bypass?token=…}).
 */
@Path("/platform/v1/maintenance")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlatformMaintenanceResource {

  @EJB Maintenance maintenance;
  @Inject TenantApi api;

  @GET
  public ApiMaintenance.State get() {
    api.operator();
    return ApiMaintenance.State.of(maintenance.window());
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiMaintenance.State change(ApiMaintenance.Change body) {
    api.operator();
    return ApiMaintenance.apply(maintenance, RequestBodies.require(body));
  }

  @GET
  @Path("bypasses")
  public List<ApiMaintenance.Bypass> bypasses() {
    api.operator();
    return maintenance.bypasses().stream().map(ApiMaintenance.Bypass::of).toList();
  }

  @POST
  @Path("bypasses")
  @Consumes(MediaType.APPLICATION_JSON)
  @SecretInResponse
  public Response createBypass(ApiMaintenance.NewBypass body) {
    api.operator();
    ApiMaintenance.NewBypass request = RequestBodies.require(body);
    Maintenance.CreatedBypass created =
        maintenance.createBypass(request.name(), request.validHours());
    return Response.status(Response.Status.CREATED)
        .entity(
            new ApiMaintenance.CreatedBypass(
                ApiMaintenance.Bypass.of(created.bypass()), created.token(), null))
        .build();
  }

  @DELETE
  @Path("bypasses/{id}")
  public Response removeBypass(@PathParam("id") long id) {
    api.operator();
    maintenance.removeBypass(id);
    return Response.noContent().build();
  }
}
