package io.brandcloud.it;

import static org.awaitility.Awaitility.await;

import jakarta.batch.operations.JobOperator;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import java.time.Duration;
import java.time.Instant;
import java.util.Properties;

/**
 * Runs Brandcloud's batch jobs directly (bypassing the scheduler's lease) and waits for them to
 * finish.
 */
public final class Jobs {

  private Jobs() {}

  public static BatchStatus chargeUpTo(Instant at) {
    return awaitDone(startCharging(at));
  }

  /** Starts a charging run without waiting, so a test can start two at once. */
  public static long startCharging(Instant at) {
    Properties parameters = new Properties();
    parameters.setProperty("chargeAt", at.toString());
    return BatchRuntime.getJobOperator().start("hourly-charging", parameters);
  }

  public static BatchStatus reconcile() {
    return run("reconciliation", new Properties());
  }

  public static BatchStatus invoiceAsOf(Instant asOf) {
    Properties parameters = new Properties();
    parameters.setProperty("asOf", asOf.toString());
    return run("invoicing", parameters);
  }

  public static BatchStatus purgePastRetention() {
    return run("retention", new Properties());
  }

  public static BatchStatus renewSubscriptions() {
    return run("subscription-renewals", new Properties());
  }

  private static BatchStatus run(String job, Properties parameters) {
    return awaitDone(BatchRuntime.getJobOperator().start(job, parameters));
  }

  public static BatchStatus awaitDone(long execution) {
    JobOperator operator = BatchRuntime.getJobOperator();
    await()
        .atMost(Duration.ofMinutes(2))
        .pollInterval(Duration.ofMillis(200))
        .until(() -> isDone(operator.getJobExecution(execution).getBatchStatus()));
    return operator.getJobExecution(execution).getBatchStatus();
  }

  private static boolean isDone(BatchStatus status) {
    return status == BatchStatus.COMPLETED
        || status == BatchStatus.FAILED
        || status == BatchStatus.STOPPED
        || status == BatchStatus.ABANDONED;
  }
}
