package io.brandcloud.support.mailin.infrastructure;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.support.mailin.application.MailboxCheck;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.tenancy.TenantLookup;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * Every 30 seconds, reads the support mailboxes that are due (each about once a minute), as the
 * "mail-in" job of their tenant, each on a pool thread. No transaction is held while a mailbox is
 * read, and a mailbox's reading lease keeps a second reader out.
 */
@Singleton
public class MailboxPoller {

  private static final Logger LOG = Logger.getLogger(MailboxPoller.class);
  private static final int TENANTS_PER_RUN = 100;

  @EJB MailboxClaims claims;
  @EJB MailboxCheck check;
  @Inject TenantLookup tenants;
  @Resource ManagedExecutorService executor;

  @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void poll() {
    for (long tenantId : claims.claimDue(TENANTS_PER_RUN)) {
      tenants.byId(tenantId, TenantContext.newRequestId()).ifPresent(this::readSoon);
    }
  }

  /** On a pool thread, so one slow mail server holds up no other tenant's mailbox. */
  private void readSoon(TenantContext tenant) {
    executor.execute(
        () -> {
          try {
            CurrentTenant.runAs(
                tenant, () -> CurrentCaller.runAs(Caller.system("mail-in"), check::check));
          } catch (RuntimeException e) {
            LOG.errorf(e, "Reading the support mailbox of tenant %s failed", tenant.slug());
          }
        });
  }
}
