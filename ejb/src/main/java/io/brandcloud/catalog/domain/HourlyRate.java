package io.brandcloud.catalog.domain;

import io.brandcloud.shared.Money;
import java.math.BigDecimal;

/**
 * Hourly prices are monthly prices spread over the 730 hours of an average month, kept at six
 * decimals.
 */
public final class HourlyRate {

  public static final BigDecimal HOURS_PER_MONTH = BigDecimal.valueOf(730);

  private HourlyRate() {}

  public static Money fromMonthly(Money monthly) {
    return new Money(
        monthly.amount().divide(HOURS_PER_MONTH, Money.SCALE, Money.ROUNDING), monthly.currency());
  }
}
