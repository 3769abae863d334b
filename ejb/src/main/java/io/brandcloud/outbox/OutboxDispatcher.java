package io.brandcloud.outbox;

import io.brandcloud.shared.CoalescedRuns;
import io.brandcloud.shared.Failures;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.tenancy.TenantLookup;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Delivers due outbox messages of every tenant flagged in {@code platform.work_due}: right after a
 * publishing transaction commits, and every second for retries and for what another node published.
 * One drain runs at a time on a node; rows are locked, so nodes share the work.
 */
@Singleton
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class OutboxDispatcher {

  private static final int TENANTS_PER_ROUND = 100;
  private static final int ROWS_PER_TENANT = 100;
  private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class);

  @EJB WorkDue due;
  @EJB OutboxDelivery delivery;
  @Inject TenantLookup tenants;
  @Resource ManagedExecutorService executor;

  private final CoalescedRuns drains = new CoalescedRuns("outbox dispatching", this::drainRound);

  @PreDestroy
  void stop() {
    drains.stop();
  }

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
  public void everySecond() {
    nudge();
  }

  /** Asks for a drain soon, on a pool thread; never blocks the caller. */
  public void nudge() {
    drains.ask(executor);
  }

  /** One batch per due tenant; true if some tenant has more waiting. */
  private boolean drainRound() {
    boolean more = false;
    for (WorkDue.Flag flag : due.due(Outbox.QUEUE, TENANTS_PER_ROUND)) {
      Optional<TenantContext> tenant = tenants.byId(flag.tenantId(), TenantContext.newRequestId());
      if (tenant.isPresent()) {
        more |= CurrentTenant.supplyAs(tenant.get(), () -> drainTenant(flag.version()));
      }
    }
    return more;
  }

  /** Delivers one batch of the current tenant's due rows. */
  public boolean drainTenant(long flagVersion) {
    List<Long> rows = delivery.due(ROWS_PER_TENANT);
    for (long row : rows) {
      if (drains.stopped()) {
        return false;
      }
      try {
        delivery.deliver(row);
      } catch (RuntimeException e) {
        String reason = Failures.describe(e);
        LOG.warnf(
            "Outbox message %d of %s failed: %s", row, CurrentTenant.require().slug(), reason);
        delivery.failed(row, reason);
      }
    }
    delivery.reschedule(flagVersion);
    return rows.size() == ROWS_PER_TENANT;
  }
}
