package io.brandcloud.support.infrastructure;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.support.application.MailboxCheck;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.tenancy.TenantLookup;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Optional;
import org.jboss.logging.Logger;

/**
 * Every 30 seconds, reads the support mailboxes that are due (each about once a minute), as the
 * "mail-in" job of their tenant. No transaction is held while a mailbox is read.
 */
@Singleton
public class MailboxPoller {

  private static final Logger LOG = Logger.getLogger(MailboxPoller.class);
  private static final int TENANTS_PER_RUN = 100;

  @EJB MailboxClaims claims;
  @EJB MailboxCheck check;
  @Inject TenantLookup tenants;

  @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void poll() {
    for (long tenantId : claims.claimDue(TENANTS_PER_RUN)) {
      Optional<TenantContext> tenant = tenants.byId(tenantId, "mail-in");
      if (tenant.isEmpty()) {
        continue;
      }
      try {
        CurrentTenant.runAs(
            tenant.get(), () -> CurrentCaller.runAs(Caller.system("mail-in"), check::check));
      } catch (RuntimeException e) {
        LOG.errorf(e, "Reading the support mailbox of tenant %s failed", tenant.get().slug());
      }
    }
  }
}
