package io.brandcloud.web.rest.operations;

import io.brandcloud.audit.AuditEntry;
import io.brandcloud.audit.AuditFilter;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.rest.ApiPage;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** The tenant's audit log for its admins, newest first, filterable by action and actor. */
@Path("/v1/admin/audit")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminAuditResource {

  @EJB AuditLog audit;
  @Inject TenantApi api;

  @GET
  public ApiPage<AuditEntry> search(
      @QueryParam("action") String action,
      @QueryParam("actor") String actor,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit) {
    api.staff();
    return ApiPage.of(
        audit.search(new AuditFilter(action, actor), PageRequest.of(page, limit)), e -> e);
  }
}
