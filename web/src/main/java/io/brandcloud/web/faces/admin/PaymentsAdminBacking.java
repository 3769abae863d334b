package io.brandcloud.web.faces.admin;

import io.brandcloud.payments.application.PaymentHistory;
import io.brandcloud.payments.domain.Payment;
import io.brandcloud.payments.domain.PaymentRepository.Dispute;
import io.brandcloud.payments.domain.PaymentRepository.Refund;
import io.brandcloud.shared.Money;
import io.brandcloud.web.faces.shared.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;

/**
 * The lists of staff's payments page: every payment, the refunds, and disputes, open ones first.
 * The gateway accounts are {@link GatewayAccountsBacking}'s, a refund {@link
 * PaymentRefundsBacking}'s.
 */
@Named
@ViewScoped
public class PaymentsAdminBacking implements Serializable {

  @EJB PaymentHistory history;

  private final PagedModel<Payment> payments =
      new PagedModel<>(request -> history.all(request), p -> Long.toString(p.id()));
  private final PagedModel<Dispute> disputes =
      new PagedModel<>(request -> history.disputes(request), d -> Long.toString(d.id()));
  private final PagedModel<Refund> refundPages =
      new PagedModel<>(request -> history.refunds(request), r -> Long.toString(r.id()));

  public Money money(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  public PagedModel<Payment> getPayments() {
    return payments;
  }

  public PagedModel<Dispute> getDisputes() {
    return disputes;
  }

  public PagedModel<Refund> getRefunds() {
    return refundPages;
  }
}
