package io.brandcloud.web.rest.support;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.support.discord.application.DiscordInteractions;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Where Discord sends the interactions of the tenant's application ({@code
 * {base}/api/v1/webhooks/discord/interactions}): no login, the Ed25519 signature is the proof. The
 * body is taken as it came, since the signature covers its exact bytes.
 */
@Path("/v1/webhooks/discord")
@ApplicationScoped
public class DiscordInteractionsResource {

  private static final Caller DISCORD = Caller.system("webhook:discord");

  @EJB DiscordInteractions interactions;
  @Inject TenantApi api;

  @POST
  @Path("interactions")
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public JsonObject receive(
      @HeaderParam("X-Signature-Ed25519") String signature,
      @HeaderParam("X-Signature-Timestamp") String timestamp,
      byte[] body) {
    api.tenant();
    return CurrentCaller.supplyAs(
        DISCORD,
        () -> interactions.receive(signature, timestamp, body == null ? new byte[0] : body));
  }
}
