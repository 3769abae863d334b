package io.brandcloud.billing.domain;

import java.math.BigDecimal;

/** A wallet whose balance differs from the sum of its ledger. */
public record WalletDrift(
    long walletId, long organisationId, BigDecimal balance, BigDecimal ledgerSum) {}
