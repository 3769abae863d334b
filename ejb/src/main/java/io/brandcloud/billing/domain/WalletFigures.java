package io.brandcloud.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** The current tenant's wallets summed up for its staff's dashboard. */
public interface WalletFigures {

  /**
   * What customers paid in through the gateways from {@code from} on, less what went back to their
   * cards; staff credits are not payments and are not counted.
   */
  BigDecimal topUpsSince(Instant from);

  /** How many wallets are below zero, and by how much together. */
  Debt debt();

  /**
   * The organisations whose balance covers fewer hours of their running servers than the tenant's
   * low-balance threshold, fewest hours first, at most {@code limit}.
   */
  List<LowBalanceCustomer> lowestBalances(int limit);

  /** Wallets below zero. */
  record Debt(long wallets, BigDecimal total) {}

  /** An organisation running out of credit. */
  record LowBalanceCustomer(
      long organisationId, String name, BigDecimal balance, BigDecimal perHour) {}
}
