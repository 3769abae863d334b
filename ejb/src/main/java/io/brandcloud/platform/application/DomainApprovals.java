package io.brandcloud.platform.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.platform.domain.DomainRequest;
import io.brandcloud.platform.domain.DomainRequests;
import io.brandcloud.platform.domain.Tenant;
import io.brandcloud.platform.domain.TxtRecords;
import io.brandcloud.shared.AfterCommit;
import io.brandcloud.shared.BrandcloudException;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.List;
import java.util.stream.Stream;

/**
 * Operators decide on the domains tenants asked for: approved, the domain is the tenant's from the
 * next request on; turned down, it is forgotten. Before deciding, they can have DNS asked for the
 * TXT record the tenant was told to set. The web layer lets only operators call this.
 */
@Stateless
public class DomainApprovals {

  @EJB TenantRegistry registry;
  @Inject DomainRequests requests;
  @Inject TenantDirectory directory;
  @Inject AuditLog audit;
  @Inject TxtRecords txtRecords;
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

  /** What DNS says of the TXT record that proves a request's tenant holds the domain. */
  public enum TxtProof {
    FOUND,
    /** The name has TXT records, none of them with the request's text. */
    OTHER_TEXT,
    MISSING,
    /** No DNS server answered: look again later. */
    UNANSWERED
  }

  /** Looks the request's TXT record up, outside any transaction: DNS may take seconds. */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public TxtProof lookUpTxt(long requestId) {
    DomainRequest request = waiting(requestId);
    try {
      List<String> texts = txtRecords.of(request.txtName());
      if (texts.contains(request.txtValue())) {
        return TxtProof.FOUND;
      }
      return texts.isEmpty() ? TxtProof.MISSING : TxtProof.OTHER_TEXT;
    } catch (TxtRecords.Unanswered e) {
      return TxtProof.UNANSWERED;
    }
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
    DomainRequest request = waiting(requestId);
    if (!requests.remove(request.id())) {
      throw BrandcloudException.notFound("Domain request " + requestId);
    }
    return request;
  }

  private DomainRequest waiting(long requestId) {
    CurrentCaller.requirePrivileged();
    return requests
        .find(requestId)
        .orElseThrow(() -> BrandcloudException.notFound("Domain request " + requestId));
  }
}
