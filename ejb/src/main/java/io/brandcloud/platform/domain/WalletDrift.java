package io.brandcloud.platform.domain;

import java.math.BigDecimal;
import java.time.Instant;

/** A wallet whose balance is not the sum of its ledger, as the reconciliation found it. */
public record WalletDrift(
    long jobExecutionId,
    long tenantId,
    String tenantSlug,
    long walletId,
    long customerId,
    BigDecimal balance,
    BigDecimal ledgerSum,
    Instant foundAt) {

  public BigDecimal difference() {
    return balance.subtract(ledgerSum);
  }
}
