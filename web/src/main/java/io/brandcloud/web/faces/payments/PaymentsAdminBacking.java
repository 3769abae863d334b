package io.brandcloud.web.faces.payments;

import io.brandcloud.identity.application.CustomerDirectory;
import io.brandcloud.payments.application.PaymentHistory;
import io.brandcloud.payments.domain.Payment;
import io.brandcloud.payments.domain.PaymentRepository.Dispute;
import io.brandcloud.payments.domain.PaymentRepository.Refund;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.web.faces.shared.PagedModel;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The lists of staff's payments page: every payment, the refunds, and disputes, open ones first.
 * The gateway accounts are {@link GatewayAccountsBacking}'s, a refund {@link
 * PaymentRefundsBacking}'s.
 */
@Named
@ViewScoped
public class PaymentsAdminBacking implements Serializable {

  @EJB PaymentHistory history;
  @EJB CustomerDirectory customers;

  private final Map<Long, String> customerNames = new HashMap<>();
  private final PagedModel<Payment> payments =
      new PagedModel<>(this::paymentsWithNames, p -> Long.toString(p.id()));
  private final PagedModel<Dispute> disputes =
      new PagedModel<>(this::disputesWithNames, d -> Long.toString(d.id()));
  private final PagedModel<Refund> refundPages =
      new PagedModel<>(this::refundsWithNames, r -> Long.toString(r.id()));

  private Page<Payment> paymentsWithNames(PageRequest request) {
    Page<Payment> page = history.all(request);
    rememberNames(page.items().stream().map(Payment::organisationId).toList());
    return page;
  }

  private Page<Refund> refundsWithNames(PageRequest request) {
    Page<Refund> page = history.refunds(request);
    rememberNames(page.items().stream().map(Refund::organisationId).toList());
    return page;
  }

  private Page<Dispute> disputesWithNames(PageRequest request) {
    Page<Dispute> page = history.disputes(request);
    rememberNames(page.items().stream().map(Dispute::organisationId).toList());
    return page;
  }

  private void rememberNames(List<Long> organisationIds) {
    customerNames.putAll(customers.names(organisationIds));
  }

  /** Whose a payment or dispute is, by the customer's name (their number if it has none). */
  public String customerName(long organisationId) {
    return customerNames.getOrDefault(organisationId, "#" + organisationId);
  }

  public Money money(BigDecimal amount, Currency currency) {
    return new Money(amount, currency);
  }

  /** A refund, in the currency of the payment it gives back: the tenant's, as every top-up. */
  public Money refunded(Refund refund) {
    return new Money(refund.amount(), CurrentTenant.require().currency());
  }

  /** What a dispute holds back, in the currency the gateway reported. */
  public Money disputed(Dispute dispute) {
    return new Money(dispute.amount(), Currency.getInstance(dispute.currency()));
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
