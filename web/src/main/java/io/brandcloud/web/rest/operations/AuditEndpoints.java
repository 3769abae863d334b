package io.brandcloud.web.rest.operations;

import io.brandcloud.audit.AuditEntry;
import io.brandcloud.audit.AuditFilter;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.web.rest.ApiPage;
import io.brandcloud.web.rest.TenantApi;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;

/**
 * An audit log over REST, newest first, filterable by action and actor. {@link AuditLog} reads the
 * caller's scope (a tenant's log, or the platform's), so the tenant and platform resources differ
 * only in who may call them.
 */
public abstract class AuditEndpoints {

  @EJB protected AuditLog audit;
  @Inject protected TenantApi api;

  /** Refuses callers who may not read this scope's log. */
  protected abstract void requireAccess();

  @GET
  public ApiPage<AuditEntry> search(
      @QueryParam("action") String action,
      @QueryParam("actor") String actor,
      @QueryParam("page") String page,
      @QueryParam("limit") String limit) {
    requireAccess();
    return ApiPage.of(
        audit.search(new AuditFilter(action, actor), PageRequest.of(page, limit)), e -> e);
  }
}
