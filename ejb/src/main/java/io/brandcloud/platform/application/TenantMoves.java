package io.brandcloud.platform.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.platform.domain.Tenant;
import io.brandcloud.platform.domain.TenantMove;
import io.brandcloud.platform.domain.TenantMoveRecords;
import io.brandcloud.platform.domain.TenantMoveWorker;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.lang.management.ManagementFactory;
import java.util.Optional;

/**
 * Moves a tenant's schema to another placement for an operator, and tells how far a move got. The
 * work runs in the background ({@link TenantMoveWorker}); asking again resumes a move that stopped
 * after its switch.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TenantMoves {

  @EJB TenantRegistry registry;
  @EJB PlacementChoice placements;
  @EJB TenantMoveRecords records;
  @EJB TenantMoveWorker mover;
  @Inject MaintenanceGate gate;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  public TenantMove move(long tenantId, String placement) {
    CurrentCaller.requirePrivileged();
    Tenant tenant = registry.require(tenantId);
    Optional<TenantMove> last = records.find(tenantId);
    if (last.filter(m -> TenantMove.SWITCHED.equals(m.state())).isPresent()) {
      if (placement != null
          && !placement.isBlank()
          && !placement.strip().equals(last.get().target())) {
        throw new BrandcloudException(
            ErrorCode.CONFLICT,
            "The move to "
                + last.get().target()
                + " is not finished; ask again without a placement");
      }
      return resume(tenant, last.get());
    }
    if (placement == null || placement.isBlank()) {
      throw BrandcloudException.invalid("placement", "Name the placement to move the tenant to");
    }
    String target = placements.require(placement.strip());
    if (target.equals(tenant.placement())) {
      throw BrandcloudException.invalid(
          "placement", "The tenant is on placement " + target + " already");
    }
    if (!records.begin(tenantId, tenant.placement(), target, worker(), workerGone(tenantId))) {
      throw new BrandcloudException(ErrorCode.CONFLICT, "A move of this tenant is under way");
    }
    closePortal(tenantId);
    audit.record(
        null,
        "tenant.move_started",
        "tenant " + tenant.slug(),
        tenant.placement() + " to " + target);
    mover.run(tenantId, tenant.slug());
    return records.find(tenantId).orElseThrow();
  }

  public Optional<TenantMove> lastMove(long tenantId) {
    CurrentCaller.requirePrivileged();
    registry.require(tenantId);
    return records.find(tenantId);
  }

  private TenantMove resume(Tenant tenant, TenantMove move) {
    if (!records.resume(tenant.id(), worker(), workerGone(tenant.id()))) {
      throw new BrandcloudException(ErrorCode.CONFLICT, "A move of this tenant is under way");
    }
    closePortal(tenant.id());
    audit.record(null, "tenant.move_resumed", "tenant " + tenant.slug(), "to " + move.target());
    mover.run(tenant.id(), tenant.slug());
    return records.find(tenant.id()).orElseThrow();
  }

  private void closePortal(long tenantId) {
    if (!records.closePortal(tenantId, clock.now())) {
      records.failed(tenantId, "The tenant's portal is in maintenance already");
      throw new BrandcloudException(
          ErrorCode.CONFLICT, "End the tenant's maintenance window before moving it");
    }
    gate.forget();
  }

  private boolean workerGone(long tenantId) {
    return !mover.hasWorker(tenantId);
  }

  private static String worker() {
    return System.getProperty("jboss.node.name", "standalone")
        + " "
        + ManagementFactory.getRuntimeMXBean().getName();
  }
}
