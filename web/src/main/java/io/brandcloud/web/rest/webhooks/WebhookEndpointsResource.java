package io.brandcloud.web.rest.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * The webhook endpoints of the organisation the caller acts in, which hear its own servers,
 * invoices, payments, tickets and subscriptions: for members who may manage its settings, logged in
 * with a password.
 */
@Path("/v1/webhook-endpoints")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class WebhookEndpointsResource extends WebhookEndpoints {

  @Override
  protected Long owner() {
    return api.activeOrganisation().organisationId();
  }
}
