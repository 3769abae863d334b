package io.brandcloud.web.rest.live;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.live.PushTicket;
import io.brandcloud.live.PushTickets;
import io.brandcloud.live.PushTopic;
import io.brandcloud.web.rest.SecretInResponse;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * A ticket to the push socket (201): open a WebSocket at {@code socketPath} on this host within a
 * minute; the ticket works once. A customer hears their active organisation (an API key its own) on
 * the topics their role and the key's scopes allow; staff who may see customers hear the tenant.
 */
@Path("/v1/push/tickets")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PushTicketsResource {

  @EJB PushTickets tickets;
  @Inject TenantApi api;

  /** A push ticket on the wire, topics by their wire names. */
  public record ApiPushTicket(
      String ticket, String socketPath, Instant expiresAt, List<String> topics) {

    static ApiPushTicket of(PushTicket ticket) {
      return new ApiPushTicket(
          ticket.ticket(),
          ticket.socketPath(),
          ticket.expiresAt(),
          ticket.topics().stream().sorted().map(PushTopic::wireName).toList());
    }
  }

  @POST
  @SecretInResponse
  public Response mint() {
    api.tenant();
    PushTicket ticket;
    if (CurrentCaller.get().map(Caller::isStaff).orElse(false)) {
      api.staff();
      ticket = tickets.forStaff();
    } else if (api.actsInAnOrganisation()) {
      ticket = tickets.forOrganisation(api.activeOrganisation().organisationId());
    } else {
      ticket = tickets.forUserAlone();
    }
    return Response.status(Response.Status.CREATED).entity(ApiPushTicket.of(ticket)).build();
  }
}
