package io.brandcloud.web.rest.identity;

import io.brandcloud.identity.application.Invitations;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import io.brandcloud.web.security.SessionLogin;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The invitee's side: accept while logged in with the invited address, or decline with the token
 * alone.
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
