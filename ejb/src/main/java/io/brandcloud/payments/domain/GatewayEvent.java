package io.brandcloud.payments.domain;

import java.math.BigDecimal;

/**
 * A webhook event after its signature was verified, in our terms: which event (the gateway's id,
 * stored once), what happened and what it is about. {@code reference} is ours, where the gateway
 * echoes it ({@link PaymentReferences}: the payment of a checkout, the refund staff asked for);
 * {@code paymentId} is the gateway's id for the money; {@code amount} is in the payment's currency
 * (what was paid, refunded or disputed); {@code objectId} is the refund's or dispute's id at the
 * gateway.
 */
public record GatewayEvent(
    String eventId,
    Kind kind,
    String rawType,
    String reference,
    String paymentId,
    BigDecimal amount,
    String objectId,
    SavedCard savedCard) {

  /** What an event means for a payment. */
  public enum Kind {
    /** The money of a checkout is confirmed. */
    PAID,
    /** The customer approved the checkout; the money is taken when we capture it (PayPal). */
    APPROVED,
    /** The checkout failed or expired without money. */
    FAILED,
    /** A refund of {@code amount} went back to the card. */
    REFUNDED,
    DISPUTE_OPENED,
    DISPUTE_WON,
    DISPUTE_LOST,
    /** An event Brandcloud does not act on. */
    IGNORED
  }

  public static GatewayEvent ignored(String eventId, String rawType) {
    return new GatewayEvent(eventId, Kind.IGNORED, rawType, null, null, null, null, null);
  }
}
