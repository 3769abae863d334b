package io.brandcloud.platform.domain;

import java.time.Instant;
import java.time.YearMonth;
import java.util.Optional;

/**
 * The jobs an operator starts by hand and follows, outside the schedule. Implemented by the batch
 * module, so the edge reaches the jobs without depending on it.
 */
public interface OperatorJobs {

  /** Charges every tenant up to {@code at}; returns the job execution's id. */
  long startHourlyChargingNow(Instant at);

  /** Issues every tenant's missing invoices of {@code month}; returns the job execution's id. */
  long startInvoicingNow(YearMonth month);

  /** Renews every tenant's subscriptions whose paid time is over; returns the execution's id. */
  long startSubscriptionRenewalsNow();

  /** One of Brandcloud's job executions, if it exists. */
  Optional<JobRun> run(long executionId);
}
