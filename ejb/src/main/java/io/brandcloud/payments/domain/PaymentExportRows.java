package io.brandcloud.payments.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.function.Consumer;

/**
 * The current tenant's payments for exports, handed over one at a time as the database sends them.
 */
public interface PaymentExportRows {

  /** A payment with its customer, its gateway's kind and what was refunded or disputed of it. */
  record PaymentRow(
      long id,
      Instant createdAt,
      long organisationId,
      String customer,
      String gateway,
      String purpose,
      String status,
      BigDecimal amount,
      BigDecimal refunded,
      BigDecimal disputed,
      String currency,
      Instant completedAt) {}

  /** Payments started from {@code from} until before {@code until}, oldest first. */
  void payments(Instant from, Instant until, Consumer<PaymentRow> each);
}
