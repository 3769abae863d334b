package io.brandcloud.payments.domain;

/** Where a payment stands. */
public enum PaymentStatus {
  /** Asked for; the gateway's checkout is being opened. */
  CREATED,
  /** At the gateway's checkout; the money is not confirmed yet. */
  PENDING,
  /** Confirmed and credited to the wallet. */
  SUCCEEDED,
  FAILED,
  CANCELLED;

  public boolean open() {
    return this == CREATED || this == PENDING;
  }
}
