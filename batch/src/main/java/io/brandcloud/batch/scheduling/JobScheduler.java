package io.brandcloud.batch.scheduling;

import io.brandcloud.shared.ApplicationClock;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * The timers behind Brandcloud's jobs. Every node has them; {@link BatchJobs} lets one node per
 * period through. Hours missed while no node ran are caught up by the next charging run.
 */
@Singleton
public class JobScheduler {

  @EJB BatchJobs jobs;
  @Inject ApplicationClock clock;

  @Schedule(minute = "0", hour = "*", persistent = false, info = "hourly-charging")
  void chargeHour() {
    jobs.startHourlyCharging(clock.now());
  }

  @Schedule(minute = "10", hour = "*", persistent = false, info = "invoicing")
  void invoiceEndedMonths() {
    jobs.startInvoicing(clock.now());
  }

  @Schedule(minute = "20", hour = "*", persistent = false, info = "provider-reconciliation")
  void reconcileProviders() {
    jobs.startProviderReconciliation(clock.now());
  }

  @Schedule(minute = "30", hour = "3", persistent = false, info = "reconciliation")
  void reconcileWallets() {
    jobs.startReconciliation(clock.now());
  }
}
