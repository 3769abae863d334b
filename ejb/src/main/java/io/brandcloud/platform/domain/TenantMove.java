package io.brandcloud.platform.domain;

import java.io.Serializable;
import java.time.Instant;

/**
 * A tenant's latest move from one placement to another, as far as it got.
 *
 * @param state COPYING (the tenant is still served from the source), SWITCHED (served from the
 *     target; the source schema may still need dropping), DONE or FAILED (still on the source)
 */
public record TenantMove(
    long tenantId,
    String source,
    String target,
    String state,
    int tablesTotal,
    int tablesDone,
    long rowsCopied,
    String worker,
    Instant touchedAt,
    Instant startedAt,
    Instant finishedAt,
    String failure)
    implements Serializable {

  public static final String COPYING = "COPYING";
  public static final String SWITCHED = "SWITCHED";
  public static final String DONE = "DONE";
  public static final String FAILED = "FAILED";

  public boolean finished() {
    return DONE.equals(state) || FAILED.equals(state);
  }

  /** Whether the move can go on from here: it failed after the switch, or it ended badly. */
  public boolean resumable() {
    return FAILED.equals(state) || failure != null;
  }
}
