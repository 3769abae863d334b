package io.brandcloud.web.rest.privacy;

import io.brandcloud.privacy.application.Erasures;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import io.brandcloud.web.rest.identity.AccountResource.Outcome;
import io.brandcloud.web.rest.identity.OrganisationsResource.ApiObstacle;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Erasing the caller's account (GDPR Art. 17): what must end first, asking with the current
 * password for the link that confirms, and the link's confirmation, which needs no login.
 */
@Path("/v1/account/erasure")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AccountErasureResource {

  @EJB Erasures erasures;
  @Inject TenantApi api;

  /** What keeps the account from being erased: empty when nothing does. */
  public record ApiErasure(List<ApiObstacle> obstacles) {}

  public record ErasureRequest(String currentPassword) {}

  public record ErasureConfirmation(String token) {}

  @GET
  public ApiErasure obstacles() {
    long userId = api.interactive("Erasing your account").userId();
    return new ApiErasure(
        erasures.obstacles(userId).stream()
            .map(o -> ApiObstacle.of(o, api.tenant().currency()))
            .toList());
  }

  /** 202: the link that erases goes to the caller's address; 409 naming what must end first. */
  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response ask(ErasureRequest body) {
    long userId = api.interactive("Erasing your account").userId();
    erasures.ask(userId, RequestBodies.require(body).currentPassword(), api.portalBase());
    return Response.accepted(
            new Outcome("erasure_link_sent", "Open the link we mailed you to erase the account"))
        .build();
  }

  /** The mailed token, which erases the account for good. */
  @POST
  @Path("confirm")
  @Consumes(MediaType.APPLICATION_JSON)
  public Outcome confirm(ErasureConfirmation body) {
    api.tenant();
    erasures.confirm(RequestBodies.require(body).token());
    return new Outcome("erased", "The account is erased");
  }
}
