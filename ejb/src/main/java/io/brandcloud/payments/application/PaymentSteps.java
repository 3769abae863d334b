package io.brandcloud.payments.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.fraud.application.FraudScreening;
import io.brandcloud.outbox.Outbox;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.payments.domain.Checkout;
import io.brandcloud.payments.domain.GatewayAccount;
import io.brandcloud.payments.domain.GatewayEvent;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.payments.domain.GatewaySettings;
import io.brandcloud.payments.domain.Payment;
import io.brandcloud.payments.domain.PaymentEventLog;
import io.brandcloud.payments.domain.PaymentEventReceived;
import io.brandcloud.payments.domain.PaymentOutcome;
import io.brandcloud.payments.domain.PaymentReferences;
import io.brandcloud.payments.domain.PaymentRepository;
import io.brandcloud.payments.domain.PaymentStatus;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/**
 * The short transactions around gateway calls: a payment asked for, at the checkout, what the
 * gateway said of it applied ({@link PaymentBookings}), and a verified webhook event stored once.
 * None calls a gateway.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PaymentSteps {

  @Inject PaymentRepository payments;
  @Inject PaymentEventLog events;
  @Inject GatewayRecords gateways;
  @Inject PaymentOutcomes outcomes;
  @EJB Outbox outbox;
  @EJB WorkDue due;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @Inject PaymentBookings bookings;
  @EJB FraudScreening screening;

  /** A new payment at an enabled gateway, its amount checked against what the tenant allows. */
  public StartedPayment newPayment(
      long organisationId,
      GatewayKind kind,
      String purpose,
      BigDecimal amount,
      boolean saveCard,
      String actor) {
    GatewaySettings gateway = gateways.enabled(kind);
    BigDecimal checked = allowed(gateway, amount);
    if (Payment.TOP_UP.equals(purpose)) {
      screening.screenTopUp(organisationId, new Money(checked, CurrentTenant.require().currency()));
    }
    if (saveCard && !kind.savesCards()) {
      throw BrandcloudException.invalid(
          "saveCard", kind.displayName() + " cannot keep a card for automatic top-ups");
    }
    long id =
        payments.add(
            organisationId,
            gateway.id(),
            purpose,
            checked,
            CurrentTenant.require().currency().getCurrencyCode(),
            saveCard,
            actor,
            clock.now());
    audit.record(actor, "payment.started", "payment " + id, kind.wireName() + " " + checked);
    return started(payments.find(id).orElseThrow(), gateway);
  }

  /** Within the tenant's currency rules and the gateway's bounds. */
  static BigDecimal allowed(GatewaySettings gateway, BigDecimal amount) {
    BigDecimal checked =
        Validation.requireAmount("amount", amount, CurrentTenant.require().currency());
    if (checked.compareTo(gateway.minAmount()) < 0 || checked.compareTo(gateway.maxAmount()) > 0) {
      throw BrandcloudException.invalid(
          "amount",
          "A payment by "
              + gateway.kind().displayName()
              + " is "
              + gateway.minAmount().stripTrailingZeros().toPlainString()
              + " to "
              + gateway.maxAmount().stripTrailingZeros().toPlainString());
    }
    return checked;
  }

  /**
   * A payment with its gateway account; another organisation's is "not found" ({@code
   * organisationId} below zero: any, for staff).
   */
  public StartedPayment payment(long organisationId, long paymentId) {
    Payment payment =
        payments
            .find(paymentId)
            .filter(p -> organisationId < 0 || p.organisationId() == organisationId)
            .orElseThrow(() -> BrandcloudException.notFound("Payment " + paymentId));
    return started(payment, gateways.byId(payment.gatewayId()));
  }

  private StartedPayment started(Payment payment, GatewaySettings gateway) {
    return new StartedPayment(
        payment,
        gateways.account(gateway),
        PaymentReferences.payment(CurrentTenant.require().slug(), payment.id()));
  }

  /** The gateway opened the checkout; it is asked about later if nobody comes back. */
  public Payment atCheckout(long paymentId, Checkout checkout) {
    payments.atCheckout(paymentId, checkout.reference(), checkout.url());
    Payment payment = payments.find(paymentId).orElseThrow();
    if (payment.status().open()) {
      scheduleCheck(paymentId, clock.now().plus(PaymentOutcomes.CHECKS[0]));
    }
    return payment;
  }

  /** Ends an open payment of the organisation as cancelled; answers it as it is now. */
  public Payment cancel(long organisationId, long paymentId) {
    Payment payment = payment(organisationId, paymentId).payment();
    payments.fail(payment.id(), PaymentStatus.CANCELLED, "Cancelled at the checkout", clock.now());
    payments.scheduleCheck(payment.id(), null);
    return payments.find(payment.id()).orElseThrow();
  }

  public void startFailed(long paymentId, String failure) {
    bookings.failed(paymentId, failure);
  }

  /** What the gateway said of a payment when asked ({@link PaymentOutcomes}). */
  public Payment apply(long paymentId, PaymentOutcome outcome) {
    return outcomes.apply(paymentId, outcome);
  }

  public void checkFailed(long paymentId) {
    outcomes.checkFailed(paymentId);
  }

  /** Asks about the payment at the gateway at {@code at}, by the payments worker. */
  public void scheduleCheck(long paymentId, Instant at) {
    scheduleCheckInCaller(paymentId, at);
  }

  /** {@link #scheduleCheck} in the caller's transaction (an outbox handler's). */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void scheduleCheckInCaller(long paymentId, Instant at) {
    payments.scheduleCheck(paymentId, at);
    Duration wait = Duration.between(clock.now(), at);
    due.flag(PaymentWorkerSteps.QUEUE, wait.isNegative() ? Duration.ZERO : wait);
  }

  /** The tenant's account at a gateway, enabled or not (refunds and disputes still arrive). */
  public Receiving receiving(GatewayKind kind) {
    GatewaySettings settings =
        gateways
            .find(kind)
            .orElseThrow(() -> BrandcloudException.notFound("The " + kind.wireName() + " webhook"));
    return new Receiving(settings.id(), gateways.account(settings));
  }

  /** A gateway account a webhook arrived for. */
  public record Receiving(long id, GatewayAccount account) {}

  /**
   * Stores a verified webhook event once and hands it to the outbox; a delivery seen before answers
   * false and does nothing.
   */
  public boolean record(long gatewayId, GatewayEvent event, String payload) {
    boolean stored = events.store(gatewayId, event, payload, clock.now()).isPresent();
    if (stored && event.kind() != GatewayEvent.Kind.IGNORED) {
      outbox.publish(new PaymentEventReceived(gatewayId, event));
    }
    return stored;
  }

  /** A payment with the account of its gateway, opened for one call, and our reference for it. */
  public record StartedPayment(Payment payment, GatewayAccount account, String reference) {

    public Money amount() {
      return payment.amount();
    }
  }
}
