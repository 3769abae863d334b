package io.brandcloud.batch.scheduling;

import io.brandcloud.shared.ApplicationClock;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.inject.Inject;

/**
 * The timers behind Brandcloud's jobs. Every node has them; {@link BatchJobs} lets one node per
 * period through, and a node with {@link ScheduledWork} off lets none. Hours missed while no node
 * ran are caught up by the next charging run.
 */
@Singleton
public class JobScheduler {

  @EJB BatchJobs jobs;
  @Inject ApplicationClock clock;

  @Schedule(minute = "0", hour = "*", persistent = false, info = "hourly-charging")
  void chargeHour() {
    if (due()) {
      jobs.startHourlyCharging(clock.now());
    }
  }

  @Schedule(minute = "10", hour = "*", persistent = false, info = "invoicing")
  void invoiceEndedMonths() {
    if (due()) {
      jobs.startInvoicing(clock.now());
    }
  }

  @Schedule(minute = "20", hour = "*", persistent = false, info = "provider-reconciliation")
  void reconcileProviders() {
    if (due()) {
      jobs.startProviderReconciliation(clock.now());
    }
  }

  @Schedule(minute = "40", hour = "*", persistent = false, info = "subscription-renewals")
  void renewSubscriptions() {
    if (due()) {
      jobs.startSubscriptionRenewals(clock.now());
    }
  }

  @Schedule(minute = "15", hour = "4", persistent = false, info = "retention")
  void purgePastRetention() {
    if (due()) {
      jobs.startRetention(clock.now());
    }
  }

  @Schedule(minute = "30", hour = "3", persistent = false, info = "reconciliation")
  void reconcileWallets() {
    if (due()) {
      jobs.startReconciliation(clock.now());
    }
  }

  /**
   * Whether a timer should start its job here. While a scenario test has moved the clock it starts
   * the jobs itself: the real hour striking would run them at the moved time, charging or invoicing
   * what the test has not reached yet.
   */
  private boolean due() {
    return ScheduledWork.here() && clock.onSystemTime();
  }
}
