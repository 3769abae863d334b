package io.brandcloud.provisioning.snapshots.domain;

import io.brandcloud.catalog.domain.HourlyRate;
import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * A snapshot the provider kept of a server when it was last listed: its id there, name, when it was
 * taken, its size and what it costs an hour from when it was first listed.
 */
public record Snapshot(
    String externalId, String name, Instant takenAt, BigDecimal sizeGb, BigDecimal hourlyPrice) {

  /**
   * What a snapshot of {@code sizeGb} costs an hour at {@code gbMonthPrice} (none: nothing), spread
   * over the hours of a month as plan prices are.
   */
  public static BigDecimal hourlyPrice(BigDecimal sizeGb, BigDecimal gbMonthPrice) {
    if (gbMonthPrice == null) {
      return BigDecimal.ZERO.setScale(Money.SCALE);
    }
    return gbMonthPrice
        .multiply(sizeGb)
        .divide(HourlyRate.HOURS_PER_MONTH, Money.SCALE, Money.ROUNDING);
  }
}
