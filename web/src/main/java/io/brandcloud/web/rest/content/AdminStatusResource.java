package io.brandcloud.web.rest.content;

import io.brandcloud.content.application.IncidentReport;
import io.brandcloud.content.application.IncidentReport.RegionChoice;
import io.brandcloud.content.application.IncidentView;
import io.brandcloud.content.application.StatusPage;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.rest.ApiPage;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Incidents on the status page: staff report one in the regions it hurts, post updates until it is
 * resolved, correct it or remove it. Needs the content permission.
 */
@Path("/v1/admin/status/incidents")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AdminStatusResource {

  @EJB StatusPage status;
  @Inject TenantApi api;

  /** A correction; what is left out stays. */
  public record IncidentChange(String title, String impact, List<RegionChoice> regions) {}

  /** An update customers read, with the status it moves the incident to. */
  public record IncidentPost(String status, String body) {}

  @GET
  public ApiPage<IncidentView> list(
      @QueryParam("page") String page, @QueryParam("limit") String limit) {
    api.staff();
    return ApiPage.of(status.incidents(PageRequest.of(page, limit)), i -> i);
  }

  @POST
  public Response report(IncidentReport body) {
    api.staff();
    return Response.status(Response.Status.CREATED)
        .entity(status.report(RequestBodies.require(body)))
        .build();
  }

  @GET
  @Path("{id}")
  public IncidentView get(@PathParam("id") long id) {
    api.staff();
    return status.incident(id);
  }

  @PUT
  @Path("{id}")
  public IncidentView change(@PathParam("id") long id, IncidentChange body) {
    api.staff();
    IncidentChange input = RequestBodies.require(body);
    return status.change(id, input.title(), input.impact(), input.regions());
  }

  @POST
  @Path("{id}/updates")
  public IncidentView post(@PathParam("id") long id, IncidentPost body) {
    api.staff();
    IncidentPost input = RequestBodies.require(body);
    return status.post(id, input.status(), input.body());
  }

  @DELETE
  @Path("{id}")
  public Response remove(@PathParam("id") long id) {
    api.staff();
    status.remove(id);
    return Response.noContent().build();
  }
}
