package io.brandcloud.web.rest.identity;

import io.brandcloud.identity.application.AccountAccess;
import io.brandcloud.identity.application.Logins;
import io.brandcloud.privacy.application.DataExports;
import io.brandcloud.privacy.application.Erasures;
import io.brandcloud.web.edge.Edge;
import io.brandcloud.web.edge.PortalUrls;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import io.brandcloud.web.rest.privacy.ApiDataExport;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** Staff actions on any account of the tenant. */
@Path("/v1/admin/users")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminUsersResource {

  @EJB Logins logins;
  @EJB AccountAccess access;
  @EJB DataExports exports;
  @EJB Erasures erasures;
  @Inject HttpServletRequest request;
  @Inject TenantApi api;

  /** Lifts a brute-force lock before it runs out. */
  @POST
  @Path("{id}/unlock")
  public Response unlock(@PathParam("id") long id) {
    String actor = api.staff().name();
    logins.unlock(id, actor);
    return Response.noContent().build();
  }

  /** Why staff shut a user out, for the next staff member who looks. */
  public record Disabling(String reason) {}

  /** The user cannot log in and their API keys stop; their servers keep running. */
  @POST
  @Path("{id}/disable")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response disable(@PathParam("id") long id, Disabling body) {
    String actor = api.staff().name();
    access.disable(id, RequestBodies.require(body).reason(), actor);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/enable")
  public Response enable(@PathParam("id") long id) {
    String actor = api.staff().name();
    access.enable(id, actor);
    return Response.noContent().build();
  }

  /** A corrected name. */
  public record Name(String name) {}

  /** The name the panel calls the user by, on pages and in mail. */
  @PUT
  @Path("{id}/name")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response rename(@PathParam("id") long id, Name body) {
    String actor = api.staff().name();
    access.rename(id, RequestBodies.require(body).name(), actor);
    return Response.noContent().build();
  }

  /** A new login address for the user. */
  public record NewEmail(String email) {}

  /** The address waiting for its link, if any. */
  public record PendingEmail(String email) {}

  /**
   * A link goes to the new address and a notice to the current one; the login changes when the link
   * is opened.
   */
  @POST
  @Path("{id}/email-changes")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response changeEmail(@PathParam("id") long id, NewEmail body) {
    String actor = api.staff().name();
    access.changeEmail(
        id,
        RequestBodies.require(body).email(),
        actor,
        PortalUrls.base(request, (Edge) request.getAttribute(Edge.ATTRIBUTE)));
    return Response.accepted().build();
  }

  @GET
  @Path("{id}/email-changes")
  public PendingEmail pendingEmail(@PathParam("id") long id) {
    api.staff();
    return new PendingEmail(access.pendingEmail(id).orElse(null));
  }

  /** The password stops working and a reset link goes to the user. */
  @POST
  @Path("{id}/password-reset")
  public Response forcePasswordReset(@PathParam("id") long id) {
    String actor = api.staff().name();
    access.forcePasswordReset(
        id, actor, PortalUrls.base(request, (Edge) request.getAttribute(Edge.ATTRIBUTE)));
    return Response.accepted().build();
  }

  /** The customer's copies of their data, whoever asked; the links went to the customer alone. */
  @GET
  @Path("{id}/data-exports")
  public List<ApiDataExport> dataExports(@PathParam("id") long id) {
    api.staff();
    return exports.ofCustomer(id).stream().map(ApiDataExport::of).toList();
  }

  /** Prepares a copy of the customer's data, as they may ask themselves; the link goes to them. */
  @POST
  @Path("{id}/data-exports")
  public Response requestDataExport(@PathParam("id") long id) {
    String actor = api.staff().name();
    return Response.accepted(ApiDataExport.of(exports.requestFor(id, actor))).build();
  }

  /** What an erasure removed or anonymised, kind by kind. */
  public record Erasure(String erased) {}

  /**
   * Erases a customer at once, on a request made to the shop: 409 naming what runs or is owed in an
   * organisation they own. Their invoices, credit notes and bookings stay.
   */
  @POST
  @Path("{id}/erasure")
  public Erasure erase(@PathParam("id") long id) {
    String actor = api.staff().name();
    // a leaked admin key must not erase anyone
    api.interactive("Erasing a customer");
    return new Erasure(erasures.eraseByStaff(id, actor).describe());
  }
}
