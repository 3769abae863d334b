package io.brandcloud.platform.domain;

import java.io.Serializable;
import java.time.Instant;

/**
 * Maintenance switched on for the whole platform ({@code tenantId} null) or one tenant.
 *
 * @param message what visitors are told, or null for the standard words
 * @param endsAt when it is expected to end (the API's Retry-After), or null if nobody knows
 */
public record MaintenanceWindow(
    Long tenantId, String message, Instant endsAt, String startedBy, Instant startedAt)
    implements Serializable {

  /** Who starts the window that keeps a tenant closed while its schema moves. */
  public static final String MOVE = "tenant-move";

  /**
   * A move's window closes the portal to staff too, and no bypass opens it: a write during the copy
   * would wait for it and then fail.
   */
  public boolean forMove() {
    return MOVE.equals(startedBy);
  }

  public boolean platformWide() {
    return tenantId == null;
  }
}
