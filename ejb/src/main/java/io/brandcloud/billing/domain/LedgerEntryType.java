package io.brandcloud.billing.domain;

/** Why a wallet's balance changed. */
public enum LedgerEntryType {
  TOP_UP,
  USAGE_CHARGE,
  REFUND,
  ADJUSTMENT,
  REVERSAL
}
