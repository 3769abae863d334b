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

  public boolean platformWide() {
    return tenantId == null;
  }
}
