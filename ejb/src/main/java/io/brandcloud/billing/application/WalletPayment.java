package io.brandcloud.billing.application;

/** What became of a payment asked of a wallet. */
public enum WalletPayment {
  PAID,
  /** Its reference was paid before: a retry, and nothing was taken. */
  ALREADY_PAID,
  /** The balance does not cover it: nothing was taken. */
  NOT_COVERED
}
