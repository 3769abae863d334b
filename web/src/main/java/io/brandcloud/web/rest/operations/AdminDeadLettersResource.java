package io.brandcloud.web.rest.operations;

import io.brandcloud.outbox.DeadLetter;
import io.brandcloud.outbox.OutboxDelivery;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.rest.ApiPage;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Events and commands whose handler gave up, newest first, and a retry for each. */
@Path("/v1/admin/dead-letters")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminDeadLettersResource {

  @EJB OutboxDelivery delivery;
  @Inject TenantApi api;

  @GET
  public ApiPage<DeadLetter> list(
      @QueryParam("page") String page, @QueryParam("limit") String limit) {
    api.staff();
    return ApiPage.of(delivery.dead(PageRequest.of(page, limit)), letter -> letter);
  }

  /** Gives the message a fresh set of attempts; it is handled again within seconds. */
  @POST
  @Path("{id}/retry")
  public Response retry(@PathParam("id") long id) {
    api.staff();
    delivery.retry(id);
    return Response.accepted().build();
  }
}
