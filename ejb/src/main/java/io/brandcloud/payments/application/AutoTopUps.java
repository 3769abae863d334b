package io.brandcloud.payments.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.MemberAccess;
import io.brandcloud.access.Permission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.payments.domain.AutoTopUp;
import io.brandcloud.payments.domain.AutoTopUpRepository;
import io.brandcloud.payments.domain.GatewayRepository;
import io.brandcloud.payments.domain.GatewaySettings;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Optional;

/**
 * A customer's standing order: "when my balance drops below X, charge Y to my saved card". The card
 * is saved by a top-up the customer asked to keep it with; hourly charging makes the order due, at
 * most once a day ({@link MarkAutoTopUpsDue}).
 */
@Stateless
public class AutoTopUps {

  @Inject MemberAccess members;
  @Inject AutoTopUpRepository orders;
  @Inject GatewayRepository gateways;
  @Inject AuditLog audit;

  public Optional<AutoTopUp> of(long organisationId) {
    members.require(organisationId, Permission.BILLING_VIEW);
    return orders.find(organisationId);
  }

  /** Sets the order; the amount is within what the card's gateway takes. */
  public AutoTopUp configure(
      long organisationId, BigDecimal threshold, BigDecimal amount, boolean enabled) {
    members.require(organisationId, Permission.BILLING_MANAGE);
    AutoTopUp order =
        orders
            .find(organisationId)
            .orElseThrow(
                () ->
                    new BrandcloudException(
                        ErrorCode.CONFLICT,
                        "Save a card first: tick \"keep my card\" on a top-up by card"));
    GatewaySettings gateway =
        gateways
            .find(order.gatewayId())
            .orElseThrow(() -> BrandcloudException.notFound("Gateway " + order.gatewayId()));
    BigDecimal checkedThreshold =
        Validation.requireAmountOrZero("threshold", threshold, CurrentTenant.require().currency());
    BigDecimal checkedAmount = PaymentSteps.allowed(gateway, amount);
    orders.configure(organisationId, checkedThreshold, checkedAmount, enabled);
    audit.record(
        CurrentCaller.require().name(),
        "payment.auto_top_up_set",
        "organisation " + organisationId,
        (enabled ? "on: " : "off: ") + "below " + checkedThreshold + " charge " + checkedAmount);
    return orders.find(organisationId).orElseThrow();
  }

  /** Forgets the saved card; no automatic top-up is made any more. */
  public void forget(long organisationId) {
    members.require(organisationId, Permission.BILLING_MANAGE);
    orders.remove(organisationId);
    audit.record(
        CurrentCaller.require().name(),
        "payment.card_forgotten",
        "organisation " + organisationId,
        "");
  }
}
