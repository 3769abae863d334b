package io.brandcloud.web.rest.provisioning;

import io.brandcloud.access.Permission;
import io.brandcloud.access.Scope;
import io.brandcloud.provisioning.application.ServerActions;
import io.brandcloud.provisioning.application.ServerView;
import io.brandcloud.provisioning.application.Servers;
import io.brandcloud.provisioning.domain.ServerActionView;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.rest.ApiMoney;
import io.brandcloud.web.rest.ApiPage;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
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
import java.time.Instant;

/** The servers of the caller's organisation. */
@Path("/v1/servers")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class ServersResource {

  @EJB Servers servers;
  @EJB ServerActions actions;
  @Inject TenantApi api;

  /** A server on the wire. */
  public record ApiServer(
      long id,
      String hostname,
      long planId,
      String region,
      String image,
      String status,
      String ipv4,
      ApiMoney hourlyPrice,
      boolean backup,
      Instant createdAt) {
    static ApiServer of(ServerView s) {
      return new ApiServer(
          s.id(),
          s.hostname(),
          s.planId(),
          s.region(),
          s.image(),
          s.status().toLowerCase(java.util.Locale.ROOT),
          s.ipv4(),
          ApiMoney.of(s.hourlyPrice()),
          s.backup(),
          s.createdAt());
    }
  }

  /** What a customer sends to order a server. */
  public record ServerOrder(
      Long planId, String hostname, String region, String image, Boolean backup) {}

  /** Switches the backup add-on. */
  public record BackupSwitch(Boolean enabled) {}

  /** The caller's membership is usually known (RecentMemberships); the page needs no commit. */
  @GET
  public ApiPage<ApiServer> list(
      @QueryParam("page") String page, @QueryParam("limit") String limit) {
    long organisation =
        api.organisation(Scope.READ_SERVERS, Permission.SERVERS_VIEW).organisationId();
    return ApiPage.of(
        servers.ofOrganisation(organisation, PageRequest.of(page, limit)), ApiServer::of);
  }

  @GET
  @Path("{id}")
  public ApiServer get(@PathParam("id") long id) {
    return ApiServer.of(
        servers.ofOrganisation(
            api.organisation(Scope.READ_SERVERS, Permission.SERVERS_VIEW).organisationId(), id));
  }

  /** What was asked of the server's provider, newest first, and how it went. */
  @GET
  @Path("{id}/actions")
  public ApiPage<ServerActionView> actions(
      @PathParam("id") long id,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit) {
    long organisation =
        api.organisation(Scope.READ_SERVERS, Permission.SERVERS_VIEW).organisationId();
    servers.ofOrganisation(organisation, id);
    return ApiPage.of(actions.of(id, PageRequest.of(page, limit)), action -> action);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(ServerOrder order) {
    long organisation =
        api.organisation(Scope.WRITE_SERVERS, Permission.SERVERS_CREATE).organisationId();
    ServerOrder body = RequestBodies.require(order);
    if (body.planId() == null) {
      throw io.brandcloud.shared.BrandcloudException.invalid("planId", "planId is required");
    }
    ServerView created =
        servers.create(
            organisation,
            body.planId(),
            body.hostname(),
            body.region(),
            body.image(),
            Boolean.TRUE.equals(body.backup()));
    return Response.status(Response.Status.CREATED).entity(ApiServer.of(created)).build();
  }

  /** The backup add-on; the server's price changes from the next full hour. */
  @POST
  @Path("{id}/backup")
  @Consumes(MediaType.APPLICATION_JSON)
  public ApiServer backup(@PathParam("id") long id, BackupSwitch body) {
    long organisation =
        api.organisation(Scope.WRITE_SERVERS, Permission.SERVERS_MANAGE).organisationId();
    BackupSwitch request = RequestBodies.require(body);
    if (request.enabled() == null) {
      throw io.brandcloud.shared.BrandcloudException.invalid("enabled", "enabled is true or false");
    }
    return ApiServer.of(servers.setBackup(organisation, id, request.enabled()));
  }
}
