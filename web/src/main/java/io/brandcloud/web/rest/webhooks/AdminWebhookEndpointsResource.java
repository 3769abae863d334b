package io.brandcloud.web.rest.webhooks;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** The tenant's own webhook endpoints, which hear every organisation's events: for admins. */
@Path("/v1/admin/webhook-endpoints")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminWebhookEndpointsResource extends WebhookEndpoints {

  @Override
  protected Long owner() {
    api.staff();
    return null;
  }
}
