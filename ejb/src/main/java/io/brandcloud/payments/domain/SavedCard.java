package io.brandcloud.payments.domain;

import java.io.Serializable;

/** A card the gateway keeps for a customer to charge later: its customer and method ids there. */
public record SavedCard(String customerRef, String paymentMethodRef, String label)
    implements Serializable {

  /** The label only: the gateway's references charge the card and stay out of log lines. */
  @Override
  public String toString() {
    return "SavedCard[" + label + "]";
  }
}
