package io.brandcloud.payments.domain;

import io.brandcloud.shared.Money;

/**
 * What the gateway says about a checkout: paid (with its id for the money, what was paid, where the
 * customer chose so the saved card, and where the gateway tells what card paid), still open, or
 * failed/cancelled.
 */
public record PaymentOutcome(
    State state,
    String paymentId,
    Money paid,
    SavedCard savedCard,
    String failure,
    CardFacts card) {

  /** Where a checkout stands. */
  public enum State {
    PAID,
    OPEN,
    FAILED
  }

  public static PaymentOutcome open() {
    return new PaymentOutcome(State.OPEN, null, null, null, null, null);
  }

  public static PaymentOutcome failed(String why) {
    return new PaymentOutcome(State.FAILED, null, null, null, why, null);
  }

  public static PaymentOutcome paid(String paymentId, Money paid, SavedCard card) {
    return paid(paymentId, paid, card, null);
  }

  /** Paid with a card the gateway describes ({@code facts}; null where it says nothing). */
  public static PaymentOutcome paid(String paymentId, Money paid, SavedCard card, CardFacts facts) {
    return new PaymentOutcome(State.PAID, paymentId, paid, card, null, facts);
  }
}
