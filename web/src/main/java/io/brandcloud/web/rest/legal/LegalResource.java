package io.brandcloud.web.rest.legal;

import io.brandcloud.access.Scope;
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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The shop's legal pages: their current versions for anyone (a sign-up names the ids it accepts),
 * the ones the calling user has yet to accept, and their acceptance, which only the user gives in
 * person: not with an API key, not staff acting as them.
 */
@Path("/v1/legal")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class LegalResource {

  @EJB LegalPages legal;
  @Inject TenantApi api;

  /** The ids of the versions accepted. */
  public record Acceptance(List<Long> accepted) {}

  @GET
  public List<LegalPageView> current() {
    api.tenant();
    return legal.current();
  }

  @GET
  @Path("outstanding")
  public List<LegalPageView> outstanding() {
    api.user(Scope.READ_USER);
    return legal.outstanding();
  }

  @POST
  @Path("acceptances")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response accept(Acceptance body) {
    api.interactive("Accepting the legal pages");
    legal.accept(RequestBodies.require(body).accepted(), LegalPages.THROUGH_API);
    return Response.noContent().build();
  }
}
