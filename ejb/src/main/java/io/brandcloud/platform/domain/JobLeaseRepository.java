package io.brandcloud.platform.domain;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Which node holds each run of a job: the first to claim it, for as long as it keeps the lease
 * alive; a lease its holder stopped renewing is taken over by another node. The schedule claims
 * whole periods; an operator's run claims the point it charges up to or the month it invoices.
 */
public interface JobLeaseRepository {

  /** Who started the run. The schedule's and operators' leases never share a key. */
  enum Origin {
    SCHEDULE,
    OPERATOR;

    public String column() {
      return name().toLowerCase(Locale.ROOT);
    }

    public static Origin ofColumn(String value) {
      return valueOf(value.toUpperCase(Locale.ROOT));
    }
  }

  /** One run of a job: its period (or an operator's instant) and who started it. */
  record Key(String job, Instant periodStart, Origin origin) {}

  /** A lease whose holder stopped renewing it, now held by the node that took it over. */
  record TakenOver(Key key, String parameters, Long deadExecution) {}

  /** A lease this node holds and has not finished. */
  record Held(Key key, Long execution) {}

  /** Claims the run for the holder; false when another claim was there first. */
  boolean acquire(Key key, String holder, String parameters, Instant now);

  /**
   * Claims the run for the holder unless a claim on it is still alive: a run that has ended may be
   * run again (an operator re-running it); false while another run holds it.
   */
  boolean acquireUnlessRunning(Key key, String holder, String parameters, Instant now);

  /** The execution an unfinished lease runs, if it has one yet. */
  Optional<Long> runningExecution(Key key);

  /** Ends the lease if it is still unfinished and still runs {@code execution}. */
  boolean finishExecution(Key key, long execution);

  /** Notes which job execution runs the claimed period. */
  void recordExecution(Key key, long executionId);

  /** The unfinished leases of this holder. */
  List<Held> heldBy(String holder);

  /** Keeps the holder's lease alive (the database's time). */
  void renew(Key key, String holder);

  /** The lease's execution ended, or never started: nobody takes it over any more. */
  void finish(Key key, String holder);

  /**
   * Moves every unfinished lease not renewed for {@code silence} to {@code holder}; each goes to
   * exactly one node, since the update re-reads the row it locked.
   */
  List<TakenOver> takeOverSilent(String holder, Duration silence);
}
