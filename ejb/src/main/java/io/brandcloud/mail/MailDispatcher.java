package io.brandcloud.mail;

import io.brandcloud.tenancy.AcrossPlacements;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.Placements;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.tenancy.TenantLookup;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Every second, delivers the mail of the tenants flagged in {@code platform.mail_due}: one indexed
 * read when nothing is due, and a mail leaves about a second after its transaction committed. A
 * tick that finds the previous one still sending leaves the work to it.
 */
@Singleton
// its timer may fire while the deployment still migrates the platform schema
@DependsOn("PlatformStartup")
@Lock(LockType.READ)
public class MailDispatcher {

  private static final Logger LOG = Logger.getLogger(MailDispatcher.class);

  @EJB SmtpDelivery delivery;
  @Inject TenantLookup tenants;

  private final AtomicBoolean sending = new AtomicBoolean();

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
  public void everySecond() {
    if (MailDelivery.configured() != MailDelivery.SMTP || !sending.compareAndSet(false, true)) {
      return;
    }
    try {
      dispatch();
    } finally {
      sending.set(false);
    }
  }

  private void dispatch() {
    List<long[]> due =
        AcrossPlacements.query(
            "SELECT tenant_id, version FROM platform.mail_due WHERE due_at <= now()"
                + " ORDER BY due_at LIMIT 500",
            row -> new long[] {row.getLong(1), row.getLong(2)});
    for (long[] flag : due) {
      long tenantId = flag[0];
      long version = flag[1];
      if (Placements.isMoving(tenantId)) {
        continue; // its mail waits for the move
      }
      Optional<TenantContext> tenant = tenants.byId(tenantId, "mail");
      if (tenant.isEmpty()) {
        continue;
      }
      try {
        CurrentTenant.runAs(tenant.get(), () -> delivery.deliverDue(version));
      } catch (RuntimeException e) {
        LOG.errorf(e, "Delivering the mail of tenant %s failed", tenant.get().slug());
      }
    }
  }
}
