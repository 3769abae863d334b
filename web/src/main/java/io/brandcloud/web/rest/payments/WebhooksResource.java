package io.brandcloud.web.rest.payments;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.payments.application.PaymentWebhooks;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.payments.domain.WebhookDelivery;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Locale;

/**
 * Where the tenant's gateways post their events ({@code {base}/api/v1/webhooks/{gateway}}): no
 * login, the signature is the proof. The body is taken as it came, since signatures cover its exact
 * bytes. A verified event is answered 200 whether it was new, a repeat or of no interest; a forged
 * one 400; only a gateway we could not ask (PayPal's verification) a 502, so it is sent again.
 */
@Path("/v1/webhooks")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class WebhooksResource {

  @EJB PaymentWebhooks webhooks;
  @Inject TenantApi api;

  /** What became of the delivery. */
  public record Received(String outcome) {}

  @POST
  @Path("{gateway}")
  @Consumes(MediaType.WILDCARD)
  public Received receive(
      @PathParam("gateway") String gateway, @Context HttpHeaders headers, String body) {
    api.tenant();
    GatewayKind kind = GatewayKind.parse(gateway);
    WebhookDelivery delivery =
        new WebhookDelivery(body == null ? "" : body, headers.getRequestHeaders());
    PaymentWebhooks.Outcome outcome =
        CurrentCaller.supplyAs(
            Caller.system("webhook:" + kind.wireName()), () -> webhooks.receive(kind, delivery));
    return new Received(outcome.name().toLowerCase(Locale.ROOT));
  }
}
