package io.brandcloud.billing.domain;

/** Why a wallet's balance changed. */
public enum LedgerEntryType {
  /** Money the customer paid in through a payment gateway. */
  TOP_UP,
  /** Money staff gave by hand: goodwill, a correction; not a payment. */
  CREDIT,
  USAGE_CHARGE,
  REFUND,
  ADJUSTMENT,
  REVERSAL,
  TAX,
  /** A card payment taken back by the customer's bank, or given back when the dispute is won. */
  DISPUTE,
  /** A term or set-up fee of a subscription, or the unused part of a term given back. */
  SUBSCRIPTION,
  /** An invoice staff wrote for one-off work, paid from the wallet. */
  INVOICE
}
