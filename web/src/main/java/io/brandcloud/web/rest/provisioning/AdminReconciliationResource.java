package io.brandcloud.web.rest.provisioning;

import io.brandcloud.provisioning.reconciliation.application.ReconciliationFindings;
import io.brandcloud.provisioning.reconciliation.domain.Reconciliations.ServerDrift;
import io.brandcloud.provisioning.reconciliation.domain.Reconciliations.UnknownServer;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.rest.ApiPage;
import io.brandcloud.web.rest.RequestBodies;
import io.brandcloud.web.rest.TenantApi;
import io.brandcloud.web.rest.provisioning.ServersResource.ApiServer;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * What the hourly reconciliation with the providers found: drift of the tenant's servers, and
 * upstream servers none of ours is, which staff import for a customer or ignore.
 */
@Path("/v1/admin/reconciliation")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminReconciliationResource {

  @EJB ReconciliationFindings findings;
  @Inject TenantApi api;

  /** Whose server an upstream one becomes, on which plan, under which host name. */
  public record Import(Long organisationId, Long planId, String hostname) {}

  @GET
  @Path("drift")
  public ApiPage<ServerDrift> drift(
      @QueryParam("page") String page, @QueryParam("limit") String limit) {
    api.staff();
    return ApiPage.of(findings.drift(PageRequest.of(page, limit)), d -> d);
  }

  @POST
  @Path("drift/{id}/seen")
  public Response seen(@PathParam("id") long id) {
    findings.seen(id, api.staff().name());
    return Response.noContent().build();
  }

  @GET
  @Path("unknown")
  public ApiPage<UnknownServer> unknown(
      @QueryParam("page") String page, @QueryParam("limit") String limit) {
    api.staff();
    return ApiPage.of(findings.unknown(PageRequest.of(page, limit)), u -> u);
  }

  @POST
  @Path("unknown/{id}/ignore")
  public Response ignore(@PathParam("id") long id) {
    findings.ignore(id, api.staff().name());
    return Response.noContent().build();
  }

  @POST
  @Path("unknown/{id}/import")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response importServer(@PathParam("id") long id, Import body) {
    String actor = api.staff().name();
    Import request = RequestBodies.require(body);
    if (request.organisationId() == null) {
      throw BrandcloudException.invalid("organisationId", "organisationId is required");
    }
    if (request.planId() == null) {
      throw BrandcloudException.invalid("planId", "planId is required");
    }
    return Response.status(Response.Status.CREATED)
        .entity(
            ApiServer.of(
                findings.importAs(
                    id, request.organisationId(), request.planId(), request.hostname(), actor)))
        .build();
  }
}
