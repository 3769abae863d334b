package io.brandcloud.web.rest.identity;

import io.brandcloud.identity.application.Logins;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Staff actions on any account of the tenant. */
@Path("/v1/admin/users")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminUsersResource {

  @EJB Logins logins;
  @Inject TenantApi api;

  /** Lifts a brute-force lock before it runs out. */
  @POST
  @Path("{id}/unlock")
  public Response unlock(@PathParam("id") long id) {
    String actor = api.staff().name();
    logins.unlock(id, actor);
    return Response.noContent().build();
  }
}
