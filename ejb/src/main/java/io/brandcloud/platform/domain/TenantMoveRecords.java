package io.brandcloud.platform.domain;

import java.time.Instant;
import java.util.Optional;

/**
 * The platform's record of tenant moves, each change in a transaction of its own so the operator
 * sees progress while the copy runs.
 */
public interface TenantMoveRecords {

  /** The tenant's last move, if it ever had one. */
  Optional<TenantMove> find(long tenantId);

  /**
   * Starts a new move, unless one is under way: false when the tenant's last move is neither
   * finished nor without a live worker for half a minute (a worker just started may not hold its
   * lock yet).
   */
  boolean begin(long tenantId, String source, String target, String worker, boolean workerGone);

  /** Takes over a move that stopped after its switch; false if a live worker has it. */
  boolean resume(long tenantId, String worker, boolean workerGone);

  /** Where the registry says the tenant's schema is now. */
  String placementOf(long tenantId);

  /**
   * What the source held when the registry switched (rows per table, ledger sums); empty if the
   * move recorded none.
   */
  Optional<String> sourceFigures(long tenantId);

  /** The copy began, with this many tables to copy. */
  void started(long tenantId, int tables);

  /** One more table copied, with this many rows. */
  void copied(long tenantId, long rows);

  /**
   * Points the registry at the copy and notes the switch, in one transaction. The tenant's version
   * moves on, so an edit of the tenant read before the switch cannot write the old placement back.
   */
  void switchTo(long tenantId, String source, String target, String sourceFigures);

  /** The move finished: the source is gone and the portal may open. */
  void done(long tenantId);

  /** Before the switch the move is over (the tenant stays where it was); after it, it waits. */
  void failed(long tenantId, String failure);

  /**
   * Closes the tenant's portal to everyone for the move, staff included: their writes would wait
   * for the copy and then fail. False when the tenant already has a window of its own, which the
   * move must not end.
   */
  boolean closePortal(long tenantId, Instant now);

  /** Ends the move's window, and only that. */
  void reopenPortal(long tenantId);
}
