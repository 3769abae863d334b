package io.brandcloud.web.rest.content;

import io.brandcloud.access.Scope;
import io.brandcloud.content.application.Announcements;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The announcements a logged-in user has not dismissed yet ({@code read:user}). */
@Path("/v1/announcements")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AnnouncementsResource {

  @EJB Announcements announcements;
  @Inject TenantApi api;

  @GET
  public List<ApiArticle> current() {
    api.user(Scope.READ_USER);
    String portal = api.portalBase();
    return announcements.current().stream().map(a -> ApiArticle.of(a, portal)).toList();
  }

  @POST
  @Path("{id}/dismiss")
  public Response dismiss(@PathParam("id") long id) {
    api.user(Scope.READ_USER);
    announcements.dismiss(id);
    return Response.noContent().build();
  }
}
