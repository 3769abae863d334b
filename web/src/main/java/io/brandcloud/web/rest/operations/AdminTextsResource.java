package io.brandcloud.web.rest.operations;

import io.brandcloud.settings.TextOverride;
import io.brandcloud.settings.TextOverrides;
import io.brandcloud.web.edge.PortalTextKeys;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** The tenant's own wording of portal texts, per language, for its admins. */
@Path("/v1/admin/texts")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminTextsResource {

  @EJB TextOverrides overrides;
  @Inject TenantApi api;

  /** The new wording. */
  public record Wording(String text) {}

  @GET
  public List<TextOverride> list() {
    api.staff();
    return overrides.list();
  }

  @PUT
  @Path("{language}/{key}")
  @Consumes(MediaType.APPLICATION_JSON)
  public TextOverride set(
      @PathParam("language") String language, @PathParam("key") String key, Wording body) {
    String actor = api.staff().name();
    return overrides.set(
        PortalTextKeys.requireKnown(key), language, RequestBodies.require(body).text(), actor);
  }

  @DELETE
  @Path("{language}/{key}")
  public Response remove(@PathParam("language") String language, @PathParam("key") String key) {
    String actor = api.staff().name();
    overrides.remove(key, language, actor);
    return Response.noContent().build();
  }
}
