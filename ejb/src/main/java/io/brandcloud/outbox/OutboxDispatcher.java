package io.brandcloud.outbox;

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
import java.util.concurrent.atomic.AtomicBoolean;
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

  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicBoolean wanted = new AtomicBoolean();
  private volatile boolean stopped;

  @PreDestroy
  void stop() {
    stopped = true;
  }

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
  public void everySecond() {
    nudge();
  }

  /** Asks for a drain soon, on a pool thread; never blocks the caller. */
  public void nudge() {
    if (stopped) {
      return;
    }
    wanted.set(true);
    if (!draining.get()) {
      executor.execute(this::drain);
    }
  }

  /** Drains until nobody asked for more meanwhile; a second caller leaves it to the first. */
  private void drain() {
    while (wanted.get() && !stopped && draining.compareAndSet(false, true)) {
      try {
        wanted.set(false);
        if (drainRound()) {
          wanted.set(true);
        }
      } catch (RuntimeException e) {
        LOG.errorf(e, "Dispatching outbox messages failed");
      } finally {
        draining.set(false);
      }
    }
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
      if (stopped) {
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
