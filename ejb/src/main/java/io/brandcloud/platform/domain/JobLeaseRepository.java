package io.brandcloud.platform.domain;

import java.time.Instant;

/** Which node holds each (scheduled job, period): the first to claim it, for good. */
public interface JobLeaseRepository {

  /** Claims the period for the holder; false when another claim was there first. */
  boolean acquire(String job, Instant periodStart, String holder, Instant now);

  /** Notes which job execution ran the claimed period. */
  void recordExecution(String job, Instant periodStart, long executionId);
}
