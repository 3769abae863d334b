package io.brandcloud.platform.application;

import io.brandcloud.platform.domain.JobLeaseRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Instant;

/**
 * Cluster-wide "run once" for scheduled jobs: the first node to insert the (job, period) row runs
 * that period; every other node's insert does nothing. The charging statements' unique keys make a
 * second run harmless anyway.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLeases {

  @Inject JobLeaseRepository leases;

  public boolean acquire(String job, Instant periodStart, String holder, Instant now) {
    return leases.acquire(job, periodStart, holder, now);
  }

  public void recordExecution(String job, Instant periodStart, long executionId) {
    leases.recordExecution(job, periodStart, executionId);
  }
}
