package io.brandcloud.payments.testgateway;

import java.io.Serializable;
import java.math.BigDecimal;

/** A checkout or saved-card charge as the test gateway keeps it. */
public record TestCharge(
    String sessionId,
    String paymentReference,
    String chargeId,
    BigDecimal amount,
    String currency,
    String status,
    boolean saveCard,
    String cardRef,
    String returnUrl,
    String cancelUrl,
    BigDecimal refunded,
    String card)
    implements Serializable {

  public boolean open() {
    return "OPEN".equals(status);
  }

  public boolean paid() {
    return "PAID".equals(status);
  }
}
