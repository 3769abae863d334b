package io.brandcloud.web.rest.provisioning;

import io.brandcloud.provisioning.actions.domain.ServerActionType;
import io.brandcloud.provisioning.actions.domain.ServerCommand;
import io.brandcloud.provisioning.actions.domain.VolumeChange;
import io.brandcloud.provisioning.servers.application.ServerControl;
import io.brandcloud.provisioning.servers.application.Servers;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.rest.ApiPage;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import io.brandcloud.web.rest.provisioning.ServersResource.ApiServer;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Every server of the tenant, for its staff: listed, and acted on, suspended and unsuspended. */
@Path("/v1/admin/servers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminServersResource {

  @EJB Servers servers;
  @EJB ServerControl control;
  @Inject TenantApi api;

  /** What staff ask of a server: any action a customer may ask, and suspend or unsuspend. */
  public record StaffAction(
      String type,
      String image,
      Long planId,
      String hostname,
      String backupId,
      String snapshotId,
      List<ApiFirewallRule> rules,
      Long volumeId,
      String volumeName,
      Integer sizeGb,
      String address) {}

  @GET
  public ApiPage<ApiServer> list(
      @QueryParam("page") String page, @QueryParam("limit") String limit) {
    api.staff();
    return ApiPage.of(servers.all(PageRequest.of(page, limit)), ApiServer::of);
  }

  @POST
  @Path("{id}/actions")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response act(@PathParam("id") long id, StaffAction body) {
    String actor = api.staff().name();
    StaffAction request = RequestBodies.require(body);
    ServerCommand command =
        new ServerCommand(
            ServerActionType.parse(request.type()),
            request.image(),
            request.planId(),
            request.hostname(),
            List.of(),
            request.backupId(),
            request.snapshotId(),
            ApiFirewallRule.toRules(request.rules()),
            new VolumeChange(request.volumeId(), request.volumeName(), request.sizeGb()),
            request.address());
    return Response.accepted(ApiServerAction.of(control.actAsStaff(id, command, actor))).build();
  }
}
