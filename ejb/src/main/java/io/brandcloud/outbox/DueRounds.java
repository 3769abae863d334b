package io.brandcloud.outbox;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.shared.Failures;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.tenancy.TenantLookup;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.jboss.logging.Logger;

/**
 * One round of a queue's workers over the tenants it has due: each tenant's work runs in its own
 * context as the worker's caller; a tenant that no longer exists loses its flag, and one whose work
 * fails is put off by {@code postpone} and holds up no other.
 */
public final class DueRounds {

  private static final Logger LOG = Logger.getLogger(DueRounds.class);

  private DueRounds() {}

  /**
   * @param work a tenant's share of the round; true if it left work that wants another round now
   * @return whether any tenant left such work
   */
  public static boolean run(
      WorkDue due,
      TenantLookup tenants,
      String queue,
      int limit,
      Caller worker,
      Predicate<WorkDue.Flag> work,
      Consumer<WorkDue.Flag> postpone) {
    boolean more = false;
    for (WorkDue.Flag flag : due.due(queue, limit)) {
      Optional<TenantContext> tenant = tenants.byId(flag.tenantId(), worker.name());
      if (tenant.isEmpty()) {
        due.forget(queue, flag.tenantId());
        continue;
      }
      try {
        more |=
            CurrentTenant.supplyAs(
                tenant.get(), () -> CurrentCaller.supplyAs(worker, () -> work.test(flag)));
      } catch (RuntimeException e) {
        LOG.warnf(
            "The %s queue of tenant %d failed: %s", queue, flag.tenantId(), Failures.describe(e));
        CurrentTenant.runAs(
            tenant.get(), () -> CurrentCaller.runAs(worker, () -> postpone.accept(flag)));
      }
    }
    return more;
  }
}
