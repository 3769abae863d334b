package io.brandcloud.web.rest.identity;

import io.brandcloud.access.Scope;
import io.brandcloud.identity.application.Invitations;
import io.brandcloud.identity.domain.InvitationOffer;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import io.brandcloud.web.security.SessionLogin;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * The invitee's side: accept while logged in with the invited address, or decline with the token
 * alone; or, logged in, see the invitations still open to one's own address and answer them by id.
 */
@Path("/v1/invitations")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class InvitationsResource {

  @EJB Invitations invitations;
  @Inject TenantApi api;

  /** The token from the invitation mail. */
  public record Token(String token) {}

  /** Who asks the caller to join what, in which role, until when. */
  public record ApiInvitationOffer(
      long id,
      String organisation,
      String invitedBy,
      String role,
      String customRole,
      Instant expiresAt) {
    static ApiInvitationOffer of(InvitationOffer offer) {
      return new ApiInvitationOffer(
          offer.id(),
          offer.organisationName(),
          offer.inviterName(),
          offer.role().name().toLowerCase(Locale.ROOT),
          offer.customRoleName(),
          offer.expiresAt());
    }
  }

  @GET
  public List<ApiInvitationOffer> open() {
    SessionLogin login = api.user(Scope.READ_USER);
    return invitations.offersTo(login.userId()).stream().map(ApiInvitationOffer::of).toList();
  }

  @POST
  @Path("{id}/accept")
  public OrganisationsResource.ApiOrganisation acceptShown(@PathParam("id") long id) {
    SessionLogin login = api.interactive("Accepting an invitation");
    return OrganisationsResource.ApiOrganisation.of(invitations.accept(login.userId(), id));
  }

  @POST
  @Path("{id}/decline")
  public Response declineShown(@PathParam("id") long id) {
    SessionLogin login = api.interactive("Declining an invitation");
    invitations.decline(login.userId(), id);
    return Response.noContent().build();
  }

  @POST
  @Path("accept")
  public OrganisationsResource.ApiOrganisation accept(Token body) {
    SessionLogin login = api.interactive("Accepting an invitation");
    return OrganisationsResource.ApiOrganisation.of(
        invitations.accept(login.userId(), RequestBodies.require(body).token()));
  }

  @POST
  @Path("decline")
  public Response decline(Token body) {
    api.tenant();
    invitations.decline(RequestBodies.require(body).token());
    return Response.noContent().build();
  }
}
