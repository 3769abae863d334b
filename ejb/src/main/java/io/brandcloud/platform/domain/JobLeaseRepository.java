package io.brandcloud.platform.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Which node holds each (scheduled job, period): the first to claim it, for as long as it keeps the
 * lease alive; a lease its holder stopped renewing is taken over by another node.
 */
public interface JobLeaseRepository {

  /** A lease whose holder stopped renewing it, now held by the node that took it over. */
  record TakenOver(String job, Instant periodStart, String parameters, Long deadExecution) {}

  /** A lease this node holds and has not finished. */
  record Held(String job, Instant periodStart, Long execution) {}

  /** Claims the period for the holder; false when another claim was there first. */
  boolean acquire(String job, Instant periodStart, String holder, String parameters, Instant now);

  /** Notes which job execution runs the claimed period. */
  void recordExecution(String job, Instant periodStart, long executionId);

  /** The unfinished leases of this holder. */
  List<Held> heldBy(String holder);

  /** Keeps the holder's lease alive (the database's time). */
  void renew(String job, Instant periodStart, String holder);

  /** The lease's execution ended: nobody takes it over any more. */
  void finish(String job, Instant periodStart, String holder);

  /**
   * Moves every unfinished lease not renewed for {@code silence} to {@code holder}; each goes to
   * exactly one node, since the update re-reads the row it locked.
   */
  List<TakenOver> takeOverSilent(String holder, Duration silence);
}
