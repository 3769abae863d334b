package io.brandcloud.payments.domain;

import io.brandcloud.shared.Money;

/**
 * What the gateway says about a checkout: paid (with its id for the money, what was paid and, where
 * the customer chose so, the saved card), still open, or failed/cancelled.
 */
public record PaymentOutcome(
    State state, String paymentId, Money paid, SavedCard savedCard, String failure) {

  /** Where a checkout stands. */
  public enum State {
    PAID,
    OPEN,
    FAILED
  }

  public static PaymentOutcome open() {
    return new PaymentOutcome(State.OPEN, null, null, null, null);
  }

  public static PaymentOutcome failed(String why) {
    return new PaymentOutcome(State.FAILED, null, null, null, why);
  }

  public static PaymentOutcome paid(String paymentId, Money paid, SavedCard card) {
    return new PaymentOutcome(State.PAID, paymentId, paid, card, null);
  }
}
