package io.brandcloud.batch.charging;

import io.brandcloud.access.Caller;
import io.brandcloud.access.CurrentCaller;
import io.brandcloud.batch.partition.TenantPartition;
import io.brandcloud.billing.application.Dunning;
import io.brandcloud.billing.application.HourlyCharging;
import io.brandcloud.billing.application.LowBalanceWarnings;
import io.brandcloud.billing.domain.ChargingResult;
import io.brandcloud.platform.application.JobReports;
import io.brandcloud.platform.domain.ChargingRunReport;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.tenancy.TenantContext;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * Charges one tenant (the partition's) for every started hour up to the job's {@code chargeAt}, and
 * reports what it did (in the charging transaction) or how it failed (in its own) to the operators.
 * The charging transaction runs while it holds one of the {@link ChargingSlots}; warnings and
 * dunning run after it has let go, as they are not part of what the slots ration. Dunning calls no
 * provider: it publishes commands that server actions carry out later.
 */
@Dependent
@Named("hourlyChargingBatchlet")
public class HourlyChargingBatchlet extends AbstractBatchlet {

  @Inject
  @BatchProperty(name = "tenantId")
  String tenantId;

  @Inject
  @BatchProperty(name = "chargeAt")
  String chargeAt;

  private static final Logger LOG = Logger.getLogger(HourlyChargingBatchlet.class);

  @Inject JobContext job;
  @Inject TenantPartition partition;
  @Inject ChargingSlots slots;
  @Inject ApplicationClock clock;
  @EJB HourlyCharging charging;
  @EJB LowBalanceWarnings warnings;
  @EJB Dunning dunning;
  @EJB JobReports reports;

  @Override
  public String process() throws Exception {
    CurrentCaller.set(Caller.system("hourly-charging"));
    try {
      Instant at = Instant.parse(chargeAt);
      TenantContext tenant = partition.context(tenantId, job.getExecutionId());
      ChargingResult result = slots.call(() -> charge(tenant, at));
      afterCharging(tenant, at, result);
      return "charged " + result.charges() + " server-hours, " + result.amount().toPlainString();
    } finally {
      CurrentCaller.clear();
    }
  }

  private ChargingResult charge(TenantContext tenant, Instant at) throws Exception {
    long started = System.nanoTime();
    try {
      return CurrentTenant.callAs(
          tenant,
          () ->
              charging.chargeUpTo(
                  at, charged -> reports.chargingRun(report(tenant, at, charged, started, null))));
    } catch (Exception e) {
      reports.chargingRun(report(tenant, at, ChargingResult.NOTHING, started, e.toString()));
      throw e;
    }
  }

  /**
   * Warnings and dunning follow the charges, when the charging statement saw something for them to
   * do; a failure there is logged but never undoes or fails charging.
   */
  private void afterCharging(TenantContext tenant, Instant at, ChargingResult result) {
    if (result.lowBalances()) {
      try {
        CurrentTenant.callAs(tenant, () -> warnings.warn(at));
      } catch (Exception e) {
        LOG.errorf(e, "Low-balance warnings of %s failed", tenant.slug());
      }
    }
    if (result.dunningDue()) {
      try {
        CurrentTenant.runAs(tenant, () -> dunning.run(at));
      } catch (RuntimeException e) {
        LOG.errorf(e, "Dunning of %s failed", tenant.slug());
      }
    }
  }

  private ChargingRunReport report(
      TenantContext tenant, Instant at, ChargingResult result, long started, String failure) {
    return new ChargingRunReport(
        job.getExecutionId(),
        tenant.tenantId(),
        tenant.slug(),
        at,
        result.charges(),
        result.servers(),
        result.amount(),
        tenant.currency().getCurrencyCode(),
        (System.nanoTime() - started) / 1_000_000,
        failure,
        clock.now());
  }
}
