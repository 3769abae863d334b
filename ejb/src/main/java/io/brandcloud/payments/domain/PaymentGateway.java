package io.brandcloud.payments.domain;

import io.brandcloud.shared.Money;

/**
 * A payment gateway. Every call goes over the network to the tenant's account in {@link
 * GatewayAccount}, so calls are made with no transaction open, never while a row is locked;
 * failures are {@link GatewayException}s. Each call that moves money carries our reference as its
 * idempotency key, so a retried call moves it once.
 */
public interface PaymentGateway {

  GatewayKind kind();

  /** Checks that the account answers and the keys work; throws with what is wrong. */
  void check(GatewayAccount account);

  /** Opens a checkout for the customer to pay at. */
  Checkout startCheckout(GatewayAccount account, CheckoutRequest request);

  /**
   * What became of a checkout; where the gateway needs it (PayPal), an approved payment is captured
   * now, once ({@code reference} is the payment's).
   */
  PaymentOutcome confirm(GatewayAccount account, String checkoutReference, String reference);

  /**
   * Gives part or all of a payment back to the card it came from; {@code reference} is the
   * refund's, echoed in the gateway's refund event.
   */
  GatewayRefund refund(GatewayAccount account, String paymentId, Money amount, String reference);

  /** Charges a saved card with the customer away (an automatic top-up). */
  PaymentOutcome chargeSaved(
      GatewayAccount account, SavedCard card, Money amount, String reference);

  /** Verifies a webhook's signature and reads it; a forged or stale one throws. */
  GatewayEvent verify(GatewayAccount account, WebhookDelivery delivery);
}
