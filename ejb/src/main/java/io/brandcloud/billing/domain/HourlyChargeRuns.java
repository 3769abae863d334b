package io.brandcloud.billing.domain;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The set-based hourly charge of the current tenant, run in the caller's transaction: every running
 * server's hours up to {@code now} charged once, by its unique key, whole or one range of
 * organisations at a time.
 */
public interface HourlyChargeRuns {

  /** Ranges of organisations that each hold about {@code serversPerRange} running servers. */
  List<OrganisationRange> ranges(int serversPerRange);

  /**
   * Charges the whole tenant and moves its watermark, if it has at most {@code serversAtOnce}
   * running servers; empty, with nothing charged, if it has more.
   */
  Optional<ChargingResult> chargeWholeTenant(Instant now, int serversAtOnce);

  /**
   * Charges the running servers of the organisations in the range; the watermark moves only with
   * the tenant's last range, once all the others have committed.
   */
  ChargingResult chargeRange(Instant now, OrganisationRange range, boolean lastRange);
}
