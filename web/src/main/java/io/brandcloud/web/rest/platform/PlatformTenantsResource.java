package io.brandcloud.web.rest.platform;

import io.brandcloud.platform.application.CreatedTenant;
import io.brandcloud.platform.application.TenantDraft;
import io.brandcloud.platform.application.TenantMoves;
import io.brandcloud.platform.application.TenantView;
import io.brandcloud.platform.application.Tenants;
import io.brandcloud.platform.domain.TenantMove;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.SecretInResponse;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;

/** Tenants for platform operators: list, create, edit, suspend, reactivate, move. */
@Path("/platform/v1/tenants")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class PlatformTenantsResource {

  @EJB Tenants tenants;
  @EJB TenantMoves moves;
  @Inject TenantApi api;

  @GET
  public List<TenantView> list() {
    api.operator();
    return tenants.all();
  }

  @POST
  @SecretInResponse
  public Response create(TenantDraft draft) {
    api.operator();
    CreatedTenant created = tenants.create(RequestBodies.require(draft));
    return Response.created(URI.create("/api/platform/v1/tenants/" + created.tenant().id()))
        .entity(created)
        .build();
  }

  @GET
  @Path("{id}")
  public TenantView get(@PathParam("id") long id) {
    api.operator();
    return tenants.get(id);
  }

  @PUT
  @Path("{id}")
  public TenantView update(@PathParam("id") long id, TenantDraft draft) {
    api.operator();
    return tenants.update(id, RequestBodies.require(draft));
  }

  /** A new one-time password for the tenant's first admin, while they have not chosen one. */
  @POST
  @Path("{id}/admin-password")
  @SecretInResponse
  public CreatedTenant reissueAdminPassword(@PathParam("id") long id) {
    api.operator();
    return tenants.reissueAdminPassword(id);
  }

  @POST
  @Path("{id}/suspend")
  public TenantView suspend(@PathParam("id") long id) {
    api.operator();
    return tenants.suspend(id);
  }

  @POST
  @Path("{id}/activate")
  public TenantView activate(@PathParam("id") long id) {
    api.operator();
    return tenants.activate(id);
  }

  /**
   * Moves the tenant's schema to another placement in the background (202); asked again after a
   * move stopped past its switch, resumes it.
   */
  @POST
  @Path("{id}/move")
  public Response move(@PathParam("id") long id, MoveRequest request) {
    api.operator();
    TenantMove move = moves.move(id, RequestBodies.require(request).placement());
    return Response.accepted(move)
        .location(URI.create("/api/platform/v1/tenants/" + id + "/move"))
        .build();
  }

  /** How far the tenant's latest move got. */
  @GET
  @Path("{id}/move")
  public TenantMove lastMove(@PathParam("id") long id) {
    api.operator();
    return moves
        .lastMove(id)
        .orElseThrow(() -> BrandcloudException.notFound("A move of tenant " + id));
  }

  /** Where to move a tenant. */
  public record MoveRequest(String placement) {}
}
