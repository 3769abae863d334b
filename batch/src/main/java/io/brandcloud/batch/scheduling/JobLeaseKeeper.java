package io.brandcloud.batch.scheduling;

import io.brandcloud.platform.application.JobLeases;
import io.brandcloud.platform.domain.JobLeaseRepository.Held;
import io.brandcloud.platform.domain.JobLeaseRepository.TakenOver;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.List;
import java.util.Set;

/**
 * Every 15 seconds on every node: renews the leases of this node's running job executions and ends
 * those whose execution ended, then takes over the leases nobody renewed for a minute (their node
 * died mid-run) and runs those periods again. Charging is idempotent per server and hour and
 * invoicing per organisation and month, so the period is finished exactly once.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobLeaseKeeper {

  static final Duration SILENCE = Duration.ofSeconds(60);
  private static final Set<BatchStatus> RUNNING =
      Set.of(BatchStatus.STARTING, BatchStatus.STARTED, BatchStatus.STOPPING);

  @EJB JobLeases leases;
  @EJB BatchJobs jobs;
  @EJB DiedExecutions died;

  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
  public void keep() {
    String holder = BatchJobs.holder();
    for (Held lease : leases.heldBy(holder)) {
      // no execution a moment after the lease was taken: the start failed; left silent, the lease
      // is taken over (by any node) and started again within the minute
      if (lease.execution() == null) {
        continue;
      }
      if (running(lease.execution())) {
        leases.renew(lease.job(), lease.periodStart(), holder);
      } else {
        leases.finish(lease.job(), lease.periodStart(), holder);
      }
    }
    for (TakenOver lease : leases.takeOverSilent(holder, SILENCE)) {
      if (lease.deadExecution() != null) {
        died.closeSilent(List.of(lease.deadExecution()));
      }
      jobs.restart(lease);
    }
  }

  private static boolean running(long execution) {
    try {
      return RUNNING.contains(BatchJobs.operator().getJobExecution(execution).getBatchStatus());
    } catch (NoSuchJobExecutionException e) {
      return false;
    }
  }
}
