package io.brandcloud.platform.domain;

/**
 * The background work of a tenant's move that {@link TenantMoveRecords} recorded: the copy, its
 * check, the switch and the drop of the source, on connections of its own.
 */
public interface TenantMoveWorker {

  /**
   * Works on the move recorded for the tenant until it is done or fails, in the background; returns
   * at once if another worker has it.
   */
  void run(long tenantId, String slug);

  /** Whether a live worker on any node holds the tenant's move now. */
  boolean hasWorker(long tenantId);
}
