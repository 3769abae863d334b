package io.brandcloud.web.rest.subscriptions;

import io.brandcloud.subscriptions.application.Subscriptions;
import io.brandcloud.web.rest.TenantApi;
import io.brandcloud.web.rest.subscriptions.SubscriptionsResource.ApiSubscription;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** A customer's subscriptions, as staff who see customers read them. */
@Path("/v1/admin/customers/{id}/subscriptions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminCustomerSubscriptionsResource {

  @EJB Subscriptions subscriptions;
  @Inject TenantApi api;

  @GET
  public List<ApiSubscription> list(@PathParam("id") long id) {
    api.staff();
    return subscriptions.ofOrganisation(id).stream().map(ApiSubscription::of).toList();
  }
}
