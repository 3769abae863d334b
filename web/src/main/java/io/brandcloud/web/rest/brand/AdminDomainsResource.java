package io.brandcloud.web.rest.brand;

import io.brandcloud.platform.application.OwnDomains;
import io.brandcloud.platform.domain.DomainRequest;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * The shop's own domains: those it is served on, and asking for another (served once an operator
 * approves it), with the DNS records to set first.
 */
@Path("/v1/admin/domains")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminDomainsResource {

  @EJB OwnDomains domains;
  @Inject TenantApi api;

  /** A DNS record to set at the domain's DNS provider. */
  public record ApiDnsRecord(String type, String name, String value) {}

  /** A domain waiting for an operator, and the records that show it is the shop's. */
  public record ApiDomainRequest(
      long id, String domain, List<ApiDnsRecord> records, String requestedBy, Instant requestedAt) {

    static ApiDomainRequest of(DomainRequest request, OwnDomains.Domains where) {
      return new ApiDomainRequest(
          request.id(),
          request.domain(),
          List.of(
              new ApiDnsRecord(where.targetType(), request.domain(), where.target()),
              new ApiDnsRecord("TXT", request.txtName(), request.txtValue())),
          request.requestedBy(),
          request.requestedAt());
    }
  }

  public record ApiDomains(List<String> served, List<ApiDomainRequest> waiting) {}

  /** What to ask for. */
  public record Wanted(String domain) {}

  @GET
  public ApiDomains list() {
    api.staff();
    OwnDomains.Domains current = domains.current();
    return new ApiDomains(
        current.served(),
        current.asked().stream().map(r -> ApiDomainRequest.of(r, current)).toList());
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response ask(Wanted body) {
    String actor = api.staff().name();
    DomainRequest asked = domains.ask(RequestBodies.require(body).domain(), actor);
    return Response.status(Response.Status.CREATED)
        .entity(ApiDomainRequest.of(asked, domains.current()))
        .build();
  }

  @DELETE
  @Path("{id}")
  public Response withdraw(@PathParam("id") long id) {
    domains.withdraw(id, api.staff().name());
    return Response.noContent().build();
  }
}
