package io.brandcloud.platform.application;

import io.brandcloud.platform.domain.JobLeaseRepository;
import io.brandcloud.platform.domain.JobLeaseRepository.Held;
import io.brandcloud.platform.domain.JobLeaseRepository.TakenOver;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Cluster-wide "run once" for scheduled jobs: the first node to insert the (job, period) row runs
 * that period and renews the lease while it runs; every other node's insert does nothing. A lease
 * whose holder went silent (the node died mid-run) is taken over by one other node, which runs the
 * period again; the charging statements' unique keys make that second run finish the period exactly
 * once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLeases {

  @Inject JobLeaseRepository leases;

  public boolean acquire(
      String job, Instant periodStart, String holder, String parameters, Instant now) {
    return leases.acquire(job, periodStart, holder, parameters, now);
  }

  public void recordExecution(String job, Instant periodStart, long executionId) {
    leases.recordExecution(job, periodStart, executionId);
  }

  public List<Held> heldBy(String holder) {
    return leases.heldBy(holder);
  }

  public void renew(String job, Instant periodStart, String holder) {
    leases.renew(job, periodStart, holder);
  }

  public void finish(String job, Instant periodStart, String holder) {
    leases.finish(job, periodStart, holder);
  }

  public List<TakenOver> takeOverSilent(String holder, Duration silence) {
    return leases.takeOverSilent(holder, silence);
  }
}
