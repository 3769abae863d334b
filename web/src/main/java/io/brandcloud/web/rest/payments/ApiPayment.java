package io.brandcloud.web.rest.payments;

import io.brandcloud.payments.domain.Payment;
import io.brandcloud.payments.domain.PaymentRepository.Refund;
import io.brandcloud.shared.Money;
import io.brandcloud.web.rest.ApiMoney;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/**
 * A payment on the wire: the gateway, what for, the amount, where it stands ({@code created},
 * {@code pending}, {@code succeeded}, {@code failed}, {@code cancelled}), the page to pay at while
 * it is open, the gateway's id for the money, what was refunded or disputed, and its refunds.
 */
public record ApiPayment(
    long id,
    long organisationId,
    String gateway,
    String purpose,
    ApiMoney amount,
    String status,
    String checkoutUrl,
    String gatewayPaymentId,
    ApiMoney refunded,
    ApiMoney disputed,
    String failure,
    Instant createdAt,
    Instant completedAt,
    List<ApiRefund> refunds) {

  /** A refund of a payment. */
  public record ApiRefund(
      long id,
      long paymentId,
      ApiMoney amount,
      String status,
      String gatewayRefundId,
      String reason,
      String requestedBy,
      String failure,
      Instant createdAt) {

    static ApiRefund of(Refund r, java.util.Currency currency) {
      return new ApiRefund(
          r.id(),
          r.paymentId(),
          ApiMoney.of(new Money(r.amount(), currency)),
          r.status().toLowerCase(Locale.ROOT),
          r.gatewayRefundId(),
          r.reason(),
          r.requestedBy(),
          r.failure(),
          r.createdAt());
    }
  }

  static ApiPayment of(Payment p) {
    return of(p, null);
  }

  static ApiPayment of(Payment p, List<Refund> refunds) {
    java.util.Currency currency = p.amount().currency();
    return new ApiPayment(
        p.id(),
        p.organisationId(),
        p.gateway().wireName(),
        p.purpose().toLowerCase(Locale.ROOT),
        ApiMoney.of(p.amount()),
        p.status().name().toLowerCase(Locale.ROOT),
        p.status().open() ? p.checkoutUrl() : null,
        p.gatewayPaymentId(),
        ApiMoney.of(new Money(p.refunded(), currency)),
        ApiMoney.of(new Money(p.disputed(), currency)),
        p.failure(),
        p.createdAt(),
        p.completedAt(),
        refunds == null ? null : refunds.stream().map(r -> ApiRefund.of(r, currency)).toList());
  }
}
