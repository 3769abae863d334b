package io.brandcloud.payments.application;

import io.brandcloud.payments.domain.Payment;
import io.brandcloud.payments.domain.PaymentRepository;

/**
 * Whether a top-up's card is still to be learned from the gateway for fraud screening: a webhook
 * that credited it does not tell, the gateway's confirmation does (where it describes cards).
 */
final class CardStillToLearn {

  private CardStillToLearn() {}

  static boolean of(Payment payment, PaymentRepository payments) {
    return Payment.TOP_UP.equals(payment.purpose())
        && payment.gateway().describesCards()
        && !payments.cardKnown(payment.id());
  }
}
