package io.brandcloud.payments.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.payments.domain.GatewayRepository;
import io.brandcloud.payments.domain.GatewaySettings;
import io.brandcloud.payments.domain.Payment;
import io.brandcloud.payments.domain.PaymentRepository;
import io.brandcloud.payments.domain.PaymentRepository.Dispute;
import io.brandcloud.payments.domain.PaymentRepository.Refund;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Page;
import io.brandcloud.shared.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Payments as customers and staff look at them: an organisation's own, or every payment, refund and
 * dispute of the tenant for staff. Another organisation's payment is "not found".
 */
@Stateless
public class PaymentHistory {

  @Inject MemberAccess members;
  @Inject PaymentRepository payments;
  @Inject GatewayRepository gateways;

  /** A payment with its refunds. */
  public record PaymentDetail(Payment payment, List<Refund> refunds) {}

  /** The gateways customers may top up with now. */
  public List<GatewaySettings> methods(long organisationId) {
    members.require(organisationId, Permission.BILLING_VIEW);
    return gateways.all().stream().filter(GatewaySettings::enabled).toList();
  }

  public Page<Payment> of(long organisationId, PageRequest page) {
    members.require(organisationId, Permission.BILLING_VIEW);
    return payments.ofOrganisation(organisationId, page);
  }

  public PaymentDetail one(long organisationId, long paymentId) {
    members.require(organisationId, Permission.BILLING_VIEW);
    Payment payment =
        payments
            .find(paymentId)
            .filter(p -> p.organisationId() == organisationId)
            .orElseThrow(() -> BrandcloudException.notFound("Payment " + paymentId));
    return new PaymentDetail(payment, payments.refundsOf(paymentId));
  }

  public Page<Payment> all(PageRequest page) {
    CurrentCaller.requireStaff(StaffPermission.CUSTOMERS_VIEW);
    return payments.all(page);
  }

  public PaymentDetail anyOne(long paymentId) {
    CurrentCaller.requireStaff(StaffPermission.CUSTOMERS_VIEW);
    Payment payment =
        payments
            .find(paymentId)
            .orElseThrow(() -> BrandcloudException.notFound("Payment " + paymentId));
    return new PaymentDetail(payment, payments.refundsOf(paymentId));
  }

  public Page<Refund> refunds(PageRequest page) {
    CurrentCaller.requireStaff(StaffPermission.CUSTOMERS_VIEW);
    return payments.refunds(page);
  }

  public Page<Dispute> disputes(PageRequest page) {
    CurrentCaller.requireStaff(StaffPermission.CUSTOMERS_VIEW);
    return payments.disputes(page);
  }
}
