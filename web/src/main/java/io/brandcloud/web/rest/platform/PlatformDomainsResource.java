package io.brandcloud.web.rest.platform;

import io.brandcloud.platform.application.DomainApprovals;
import io.brandcloud.platform.domain.DomainRequest;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The domains tenants asked for, which operators approve or turn down. */
@Path("/platform/v1/domain-requests")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PlatformDomainsResource {

  @EJB DomainApprovals approvals;
  @Inject TenantApi api;

  @GET
  public List<DomainApprovals.Waiting> waiting() {
    api.operator();
    return approvals.waiting();
  }

  /** What DNS says of the request's TXT record: {@code found}, {@code other_text}, … */
  @GET
  @Path("{id}/txt")
  public Map<String, String> lookUpTxt(@PathParam("id") long id) {
    api.operator();
    return Map.of("txt", approvals.lookUpTxt(id).name().toLowerCase(Locale.ROOT));
  }

  /** The tenant is served on the domain from the next request on. */
  @POST
  @Path("{id}/approval")
  public DomainRequest approve(@PathParam("id") long id) {
    return approvals.approve(id, api.operator().name());
  }

  /** Turns the request down: the tenant sees it no more. */
  @DELETE
  @Path("{id}")
  public DomainRequest reject(@PathParam("id") long id) {
    return approvals.reject(id, api.operator().name());
  }
}
