package io.brandcloud.payments.application;

import io.brandcloud.billing.application.Wallets;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.OwnerMail;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.payments.domain.AutoTopUp;
import io.brandcloud.payments.domain.AutoTopUpRepository;
import io.brandcloud.payments.domain.GatewayAccount;
import io.brandcloud.payments.domain.GatewaySettings;
import io.brandcloud.payments.domain.Payment;
import io.brandcloud.payments.domain.PaymentOutcome;
import io.brandcloud.payments.domain.PaymentReferences;
import io.brandcloud.payments.domain.PaymentRepository;
import io.brandcloud.payments.domain.PaymentRepository.Refund;
import io.brandcloud.payments.domain.SavedCard;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.PublicUrls;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The payments worker's transactions: what is due is claimed (payments to ask about or charge,
 * refunds to send, automatic top-ups that fell due) with a lease, and what a gateway answered is
 * applied. The gateway calls themselves happen in between, in {@link PaymentWorker}.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PaymentWorkerSteps {

  public static final String QUEUE = "payments";
  static final Duration LEASE = Duration.ofMinutes(2);
  private static final Duration[] REFUND_RETRIES = {
    Duration.ofSeconds(30), Duration.ofMinutes(2), Duration.ofMinutes(10), Duration.ofHours(1)
  };

  @Inject PaymentRepository payments;
  @Inject AutoTopUpRepository autoTopUps;
  @Inject GatewayRecords gateways;
  @Inject PaymentBookings bookings;
  @Inject PaymentOutcomes outcomes;
  @EJB WorkDue due;
  @EJB Wallets wallets;
  @EJB OwnerMail ownerMail;
  @Inject ApplicationClock clock;

  /** Something to do at a gateway. */
  public sealed interface Item permits Check, Charge, RefundItem {}

  /** Ask what became of a payment's checkout. */
  public record Check(Payment payment, GatewayAccount account, String reference) implements Item {}

  /** Charge a saved card for an automatic top-up. */
  public record Charge(Payment payment, GatewayAccount account, String reference, SavedCard card)
      implements Item {}

  /** Send a refund staff asked for. */
  public record RefundItem(Refund refund, Payment payment, GatewayAccount account, String reference)
      implements Item {}

  /** Claims up to {@code limit} of each kind of work and moves the queue's flag to what is next. */
  public List<Item> claim(long observedVersion, int limit) {
    Instant now = clock.now();
    Instant lease = now.plus(LEASE);
    List<Item> items = new ArrayList<>();
    for (AutoTopUp order : autoTopUps.claimDue(limit)) {
      startAutoTopUp(order, lease);
    }
    for (Payment payment : payments.claimChecks(now, lease, limit)) {
      items.add(item(payment));
    }
    for (Refund refund : payments.claimRefunds(now, lease, limit)) {
      Payment payment = payments.find(refund.paymentId()).orElseThrow();
      items.add(
          new RefundItem(
              refund, payment, account(payment), PaymentReferences.refund(slug(), refund.id())));
    }
    Instant next =
        Stream.of(payments.nextCheck(), payments.nextRefund(), autoTopUps.nextDue())
            .flatMap(Optional::stream)
            .min(Instant::compareTo)
            .orElse(null);
    due.reschedule(QUEUE, observedVersion, next);
    return items;
  }

  private void startAutoTopUp(AutoTopUp order, Instant lease) {
    GatewaySettings gateway = gateways.byId(order.gatewayId());
    if (!gateway.enabled()) {
      autoTopUps.attempted(order.organisationId(), gateway.kind().displayName() + " is off");
      return;
    }
    long id =
        payments.add(
            order.organisationId(),
            gateway.id(),
            "AUTO_TOP_UP",
            order.amount(),
            CurrentTenant.require().currency().getCurrencyCode(),
            false,
            "auto-top-up",
            clock.now());
    payments.scheduleCheck(id, clock.now());
  }

  private Item item(Payment payment) {
    String reference = PaymentReferences.payment(slug(), payment.id());
    boolean uncharged =
        payment.purpose().equals("AUTO_TOP_UP") && payment.checkoutReference() == null;
    if (uncharged && payment.status().open()) {
      SavedCard card = autoTopUps.find(payment.organisationId()).map(AutoTopUp::card).orElse(null);
      return new Charge(payment, account(payment), reference, card);
    }
    return new Check(payment, account(payment), reference);
  }

  private GatewayAccount account(Payment payment) {
    return gateways.account(gateways.byId(payment.gatewayId()));
  }

  /**
   * What an automatic top-up's charge came to: paid credits the wallet; failed ends the payment and
   * tells the owner (tried again tomorrow at the earliest); open waits for the gateway.
   */
  public void charged(Charge charge, PaymentOutcome outcome) {
    Payment payment = charge.payment();
    if (outcome.state() == PaymentOutcome.State.OPEN && outcome.paymentId() != null) {
      payments.atCheckout(payment.id(), outcome.paymentId(), null);
    }
    outcomes.apply(payment.id(), outcome);
    if (outcome.state() == PaymentOutcome.State.FAILED) {
      chargeFailed(charge, outcome.failure());
    } else {
      autoTopUps.attempted(payment.organisationId(), null);
    }
  }

  /** The charge could not be made at all: the payment ends, the owner is told. */
  public void chargeFailed(Charge charge, String failure) {
    Payment payment = charge.payment();
    bookings.failed(payment.id(), failure);
    payments.checked(payment.id(), null);
    autoTopUps.attempted(payment.organisationId(), failure);
    ownerMail.send(
        payment.organisationId(),
        MessageType.AUTO_TOP_UP_FAILED,
        Map.of(
            "amount",
            payment.amount(),
            "card",
            charge.card() == null || charge.card().label() == null
                ? "your saved card"
                : charge.card().label(),
            "reason",
            failure,
            "balance",
            wallets.balanceOf(payment.organisationId()),
            "walletUrl",
            PublicUrls.portal(CurrentTenant.require()) + "/portal/index.xhtml"));
  }

  /** The gateway made the refund: the wallet is debited by it, once. */
  public void refunded(RefundItem item, String gatewayRefundId) {
    Payment payment = payments.findForUpdate(item.payment().id()).orElseThrow();
    payments.forgetGatewayRefund(payment.id(), gatewayRefundId);
    payments.refundDone(item.refund().id(), gatewayRefundId, clock.now());
    bookings.refunded(payment, gatewayRefundId, item.refund().amount());
  }

  /** A refund the gateway did not make: tried again after a failure that may pass. */
  public void refundFailed(RefundItem item, String failure, boolean mayPass) {
    int attempt = item.refund().attempts();
    Instant next =
        mayPass && attempt < REFUND_RETRIES.length
            ? clock.now().plus(REFUND_RETRIES[attempt])
            : null;
    payments.refundAttemptFailed(item.refund().id(), failure, next, clock.now());
    if (next != null) {
      due.flag(QUEUE, Duration.between(clock.now(), next));
    }
  }

  private static String slug() {
    return CurrentTenant.require().slug();
  }
}
