package io.brandcloud.batch.scheduling;

import io.brandcloud.platform.application.JobLeases;
import io.brandcloud.platform.domain.JobLeaseRepository.Held;
import io.brandcloud.platform.domain.JobLeaseRepository.TakenOver;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Duration;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * Every 15 seconds on every node: renews the leases of this node's running job executions and ends
 * those whose execution ended, then (unless {@link ScheduledWork} is off here) takes over the
 * leases nobody renewed for a minute (their node died mid-run) and runs those periods (or
 * operators' runs) again. Charging is idempotent per server and hour and invoicing per organisation
 * and month, so the period is finished exactly once.
 */
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JobLeaseKeeper {

  /** The keeper renews every 15 s: a lease is silent after missing two renewals at the least. */
  static final Duration SHORTEST_SILENCE = Duration.ofSeconds(30);

  static final Duration SILENCE = silence(System.getenv("BRANDCLOUD_JOB_LEASE_SILENCE_SECONDS"));
  private static final Logger LOG = Logger.getLogger(JobLeaseKeeper.class);

  /**
   * How long a lease may go unrenewed before another node takes its run over ({@code
   * BRANDCLOUD_JOB_LEASE_SILENCE_SECONDS}, default 60, never below 30): shorter takes a dead node's
   * run over sooner, and risks taking over a run whose node only paused (a long GC).
   */
  static Duration silence(String configured) {
    try {
      return configured == null || configured.isBlank()
          ? Duration.ofSeconds(60)
          : max(Duration.ofSeconds(Long.parseLong(configured.strip())), SHORTEST_SILENCE);
    } catch (NumberFormatException e) {
      return Duration.ofSeconds(60);
    }
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }

  @EJB JobLeases leases;
  @EJB BatchJobs jobs;
  @EJB DiedExecutions died;

  @Schedule(hour = "*", minute = "*", second = "*/15", persistent = false)
  public void keep() {
    String holder = BatchJobs.holder();
    for (Held lease : leases.heldBy(holder)) {
      // no execution yet: the run is starting, or this node's start of a taken-over run failed;
      // left silent, the lease is taken over (by any node) and started again within the minute
      if (lease.execution() == null) {
        continue;
      }
      if (BatchJobs.isRunning(lease.execution())) {
        leases.renew(lease.key(), holder);
      } else {
        leases.finish(lease.key(), holder);
      }
    }
    if (!ScheduledWork.here()) {
      return;
    }
    for (TakenOver lease : leases.takeOverSilent(holder, SILENCE)) {
      try {
        if (lease.deadExecution() != null) {
          died.closeSilent(List.of(lease.deadExecution()));
        }
        jobs.restart(lease);
      } catch (RuntimeException e) {
        LOG.errorf(
            e, "Could not run %s again here; another node tries within a minute", lease.key());
      }
    }
  }
}
