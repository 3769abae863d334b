package io.brandcloud.billing.vat.application;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.billing.vat.domain.TaxIdChecks.Due;
import io.brandcloud.billing.vat.domain.VatNumber;
import io.brandcloud.billing.vat.domain.VatRegister;
import io.brandcloud.outbox.DueRounds;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.platform.application.ActiveTenants;
import io.brandcloud.shared.CoalescedRuns;
import io.brandcloud.shared.Failures;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import io.brandcloud.tenancy.TenantLookup;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jboss.logging.Logger;

/**
 * Asks VIES about the tax ids waiting for a check: claimed in a short transaction per tenant, asked
 * one at a time with no transaction open (VIES limits how many questions it takes at once), each
 * answer written in another. A tenant asks on its own behalf where its seller profile holds its EU
 * VAT number, and as anyone for the rest of a round once VIES refuses that number. Runs right after
 * a tax id is entered and every second for retries; once after each start it looks through every
 * tenant for checks no flag announces (those a changeset wrote). Every night it asks again about
 * numbers VIES confirmed a month ago or longer, in every tenant.
 */
@Singleton
// its timer may fire while the deployment still migrates the platform schema
@DependsOn("PlatformStartup")
@Lock(LockType.READ)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class TaxIdChecker {

  private static final Logger LOG = Logger.getLogger(TaxIdChecker.class);
  private static final Caller SYSTEM = Caller.system("tax-id-checks");
  private static final int TENANTS_PER_ROUND = 20;

  @EJB WorkDue due;
  @EJB TaxIdCheckSteps work;
  @EJB ActiveTenants active;
  @Inject VatRegister register;
  @Inject TenantLookup tenants;
  @Resource ManagedExecutorService executor;

  private final AtomicBoolean sweep = new AtomicBoolean(true);
  private final CoalescedRuns rounds = new CoalescedRuns("checking tax ids", this::round);

  @PreDestroy
  void stop() {
    rounds.stop();
  }

  @PostConstruct
  void lookEverywhereAtStart() {
    nudge();
  }

  @Schedule(hour = "*", minute = "*", second = "*", persistent = false)
  public void everySecond() {
    nudge();
  }

  @Schedule(hour = "4", minute = "17", persistent = false)
  public void everyNight() {
    recheckEveryTenant();
  }

  /** Asks again, in every active tenant, about the numbers VIES confirmed longest ago. */
  public void recheckEveryTenant() {
    for (long tenantId : active.ids()) {
      inTenant(tenantId, "Asking again about confirmed tax ids", () -> work.recheck());
    }
    nudge();
  }

  /** Asks for a round soon, on a pool thread; never blocks the caller. */
  public void nudge() {
    rounds.ask(executor);
  }

  private boolean round() {
    if (sweep.compareAndSet(true, false)) {
      try {
        active.ids().forEach(this::flagIfWaiting);
      } catch (RuntimeException e) {
        sweep.set(true);
        LOG.warnf("Looking for waiting tax id checks failed: %s", Failures.describe(e));
      }
    }
    return DueRounds.run(
        due,
        tenants,
        TaxIdCheckSteps.QUEUE,
        TENANTS_PER_ROUND,
        SYSTEM,
        this::checkFor,
        flag -> work.postpone(flag.version()));
  }

  private boolean checkFor(WorkDue.Flag flag) {
    TaxIdCheckSteps.Claimed claimed = work.claim(flag.version());
    Optional<VatNumber> requester = claimed.requester();
    for (Due check : claimed.checks()) {
      requester = ask(check, requester);
    }
    return claimed.checks().size() == TaxIdCheckSteps.BATCH;
  }

  /**
   * Asks VIES about one check and writes what came of it.
   *
   * @return the seller's number to ask with from now on: none once VIES refused it
   */
  private Optional<VatNumber> ask(Due check, Optional<VatNumber> requester) {
    try {
      work.answered(check, register.check(check.number(), requester));
    } catch (VatRegister.RequesterRefused e) {
      if (requester.isPresent()) {
        return ask(check, Optional.empty());
      }
      work.unavailable(check, e.getMessage());
    } catch (VatRegister.Unavailable e) {
      work.unavailable(check, e.getMessage());
    } catch (RuntimeException e) {
      LOG.warnf("Checking tax id %d failed: %s", check.checkId(), Failures.describe(e));
      work.unavailable(check, Failures.describe(e));
    }
    return requester;
  }

  private void flagIfWaiting(long tenantId) {
    inTenant(tenantId, "Looking for waiting tax id checks", () -> work.flagIfWaiting());
  }

  private void inTenant(long tenantId, String what, Runnable step) {
    Optional<TenantContext> tenant = tenants.byId(tenantId, SYSTEM.name());
    if (tenant.isEmpty()) {
      return;
    }
    try {
      CurrentTenant.runAs(tenant.get(), () -> CurrentCaller.runAs(SYSTEM, step));
    } catch (RuntimeException e) {
      LOG.warnf("%s in tenant %d failed: %s", what, tenantId, Failures.describe(e));
    }
  }
}
