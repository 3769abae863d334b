package io.brandcloud.web.rest.legal;

import io.brandcloud.legal.application.LegalPageView;
import io.brandcloud.legal.application.LegalPages;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Staff publish the legal pages ({@code terms}, {@code privacy}, {@code refunds}): each POST is the
 * page's next version; every version stays, with how many customers accepted it.
 */
@Path("/v1/admin/legal")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminLegalResource {

  @EJB LegalPages legal;
  @Inject TenantApi api;

  /** A new version's wording, in Markdown. */
  public record Draft(String title, String body) {}

  @GET
  @Path("{kind}")
  public List<LegalPageView> versions(@PathParam("kind") String kind) {
    api.staff();
    return legal.versions(kind);
  }

  @POST
  @Path("{kind}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response publish(@PathParam("kind") String kind, Draft body) {
    api.staff();
    Draft draft = RequestBodies.require(body);
    return Response.status(Response.Status.CREATED)
        .entity(legal.publish(kind, draft.title(), draft.body()))
        .build();
  }
}
