package io.brandcloud.platform.application;

import io.brandcloud.platform.domain.JobLeaseRepository;
import io.brandcloud.platform.domain.JobLeaseRepository.Held;
import io.brandcloud.platform.domain.JobLeaseRepository.Key;
import io.brandcloud.platform.domain.JobLeaseRepository.TakenOver;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Cluster-wide "run once" for jobs, scheduled or started by an operator: the first node to insert
 * the run's row runs it and renews the lease while it runs; every other node's insert does nothing.
 * A lease whose holder went silent (the node died mid-run) is taken over by one other node, which
 * runs it again with the same parameters; the charging statements' unique keys make that second run
 * finish the period exactly once.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobLeases {

  @Inject JobLeaseRepository leases;

  public boolean acquire(Key key, String holder, String parameters, Instant now) {
    return leases.acquire(key, holder, parameters, now);
  }

  public boolean acquireUnlessRunning(Key key, String holder, String parameters, Instant now) {
    return leases.acquireUnlessRunning(key, holder, parameters, now);
  }

  public Optional<Long> runningExecution(Key key) {
    return leases.runningExecution(key);
  }

  public boolean finishExecution(Key key, long execution) {
    return leases.finishExecution(key, execution);
  }

  public void recordExecution(Key key, long executionId) {
    leases.recordExecution(key, executionId);
  }

  public List<Held> heldBy(String holder) {
    return leases.heldBy(holder);
  }

  public void renew(Key key, String holder) {
    leases.renew(key, holder);
  }

  public void finish(Key key, String holder) {
    leases.finish(key, holder);
  }

  public List<TakenOver> takeOverSilent(String holder, Duration silence) {
    return leases.takeOverSilent(holder, silence);
  }
}
