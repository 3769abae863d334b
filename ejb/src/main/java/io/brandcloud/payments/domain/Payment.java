package io.brandcloud.payments.domain;

import io.brandcloud.shared.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A payment as stored: whose, at which gateway, how much, where it stands, what came back. */
public record Payment(
    long id,
    long organisationId,
    long gatewayId,
    GatewayKind gateway,
    String purpose,
    Money amount,
    PaymentStatus status,
    String checkoutReference,
    String gatewayPaymentId,
    String checkoutUrl,
    boolean saveCard,
    BigDecimal refunded,
    BigDecimal disputed,
    String requestedBy,
    String failure,
    int checks,
    Instant createdAt,
    Instant completedAt)
    implements Serializable {

  /** The purpose of a payment a customer makes at a checkout to fill the wallet. */
  public static final String TOP_UP = "TOP_UP";

  /** What went back to the card, in the payment's currency; zero when nothing did. */
  public Money refundedMoney() {
    return new Money(refunded, amount.currency());
  }

  /** What may still be refunded. */
  public BigDecimal refundable() {
    return amount.amount().subtract(refunded);
  }
}
