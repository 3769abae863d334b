package io.brandcloud.platform.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.platform.domain.DomainRequest;
import io.brandcloud.platform.domain.DomainRequests;
import io.brandcloud.platform.domain.Tenant;
import io.brandcloud.shared.AfterCommit;
import io.brandcloud.shared.BrandcloudException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.stream.Stream;

/**
 * Operators decide on the domains tenants asked for: approved, the domain is the tenant's from the
 * next request on; turned down, it is forgotten. The web layer lets only operators call this.
 */
@Stateless
public class DomainApprovals {

  @EJB TenantRegistry registry;
  @Inject DomainRequests requests;
  @Inject TenantDirectory directory;
  @Inject AuditLog audit;
  @Resource TransactionSynchronizationRegistry transactions;

  /** A request with the tenant that made it, by name. */
  public record Waiting(DomainRequest request, String tenantSlug, String tenantName) {}

  public List<Waiting> waiting() {
    CurrentCaller.requirePrivileged();
    return requests.all().stream()
        .map(
            r -> {
              Tenant tenant = registry.require(r.tenantId());
              return new Waiting(r, tenant.slug(), tenant.name());
            })
        .toList();
  }

  public DomainRequest approve(long requestId, String operator) {
    // taken off the list first: a withdrawal or a turn-down at the same moment wins or waits
    DomainRequest request = take(requestId);
    Tenant tenant = registry.require(request.tenantId());
    registry.serveOn(
        tenant.id(),
        Stream.concat(tenant.domainNames().stream(), Stream.of(request.domain())).toList());
    // forgotten once committed: a page read in between would cache the old domains again
    AfterCommit.run(transactions, directory::forget);
    audit.record(
        operator, "domain.approved", "tenant " + tenant.slug(), "domain " + request.domain());
    return request;
  }

  public DomainRequest reject(long requestId, String operator) {
    DomainRequest request = take(requestId);
    audit.record(
        operator,
        "domain.rejected",
        "tenant " + registry.require(request.tenantId()).slug(),
        "domain " + request.domain());
    return request;
  }

  private DomainRequest take(long requestId) {
    CurrentCaller.requirePrivileged();
    DomainRequest request =
        requests
            .find(requestId)
            .orElseThrow(() -> BrandcloudException.notFound("Domain request " + requestId));
    if (!requests.remove(request.id())) {
      throw BrandcloudException.notFound("Domain request " + requestId);
    }
    return request;
  }
}
