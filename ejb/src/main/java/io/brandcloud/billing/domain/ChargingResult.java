package io.brandcloud.billing.domain;

import java.math.BigDecimal;

/**
 * What one run charged: rows inserted, their total, and how many servers they were for; whether a
 * wallet it debited may now be below the low-balance threshold (its new balance covers fewer hours
 * than the tenant's threshold at what this run took from it), and whether any organisation is or
 * may be in debt or has suspended servers, so that warnings and dunning run only when they can have
 * something to do.
 */
public record ChargingResult(
    long charges, BigDecimal amount, long servers, boolean lowBalances, boolean dunningDue) {

  public static final ChargingResult NOTHING =
      new ChargingResult(0, BigDecimal.ZERO, 0, false, false);

  public ChargingResult plus(ChargingResult other) {
    return new ChargingResult(
        charges + other.charges,
        amount.add(other.amount),
        servers + other.servers,
        lowBalances || other.lowBalances,
        dunningDue || other.dunningDue);
  }
}
