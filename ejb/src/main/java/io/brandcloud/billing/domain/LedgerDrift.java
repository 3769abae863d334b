package io.brandcloud.billing.domain;

import java.math.BigDecimal;

/** A wallet of the current tenant whose balance differs from the sum of its ledger. */
public record LedgerDrift(
    long walletId, long customerId, BigDecimal balance, BigDecimal ledgerSum) {}
