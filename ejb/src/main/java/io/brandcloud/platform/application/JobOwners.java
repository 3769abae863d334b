package io.brandcloud.platform.application;

import io.brandcloud.platform.domain.JobOwnerRepository;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/** Which node started which job execution; see {@code DiedExecutions}. */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class JobOwners {

  private static final Duration KEPT = Duration.ofDays(30);

  @Inject JobOwnerRepository owners;

  public void record(long executionId, String node, Instant startedAt) {
    owners.record(executionId, node, startedAt);
  }

  /** The executions this node started in an earlier life (all of them are over by now). */
  public List<Long> startedBy(String node) {
    return owners.startedBy(node);
  }

  /** Forgets executions that have been dealt with, and any older than 30 days. */
  public void forget(List<Long> executionIds, Instant now) {
    owners.forget(executionIds, now.minus(KEPT));
  }
}
