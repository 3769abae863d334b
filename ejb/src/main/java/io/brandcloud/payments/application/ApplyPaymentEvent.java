package io.brandcloud.payments.application;

import io.brandcloud.outbox.MessageHandler;
import io.brandcloud.payments.domain.GatewayEvent;
import io.brandcloud.payments.domain.Payment;
import io.brandcloud.payments.domain.PaymentEventReceived;
import io.brandcloud.payments.domain.PaymentReferences;
import io.brandcloud.payments.domain.PaymentRepository;
import io.brandcloud.payments.domain.PaymentRepository.Dispute;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Money;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import java.util.OptionalLong;
import org.jboss.logging.Logger;

/**
 * Applies a gateway's webhook event to the payment it is about, with the payment locked: money paid
 * is credited, refunds and disputes debit the wallet, each once (see {@link PaymentBookings}). An
 * event about a payment this tenant does not know yet (a refund whose payment's own event is still
 * on its way) fails, so the outbox tries it again; one that cannot be ours is ignored.
 */
@ApplicationScoped
public class ApplyPaymentEvent implements MessageHandler<PaymentEventReceived> {

  private static final Logger LOG = Logger.getLogger(ApplyPaymentEvent.class);

  @Inject PaymentRepository payments;
  @Inject PaymentBookings bookings;
  @EJB PaymentSteps steps;
  @EJB PaymentWorker worker;
  @Resource TransactionSynchronizationRegistry transactions;
  @Inject ApplicationClock clock;

  @Override
  public Class<PaymentEventReceived> handles() {
    return PaymentEventReceived.class;
  }

  @Override
  public void handle(PaymentEventReceived received) {
    GatewayEvent event = received.event();
    long gatewayId = received.gatewayId();
    switch (event.kind()) {
      case PAID -> ofCheckout(gatewayId, event).ifPresent(p -> paid(p, event));
      case APPROVED -> ofCheckout(gatewayId, event).ifPresent(this::captureSoon);
      case FAILED -> ofCheckout(gatewayId, event).ifPresent(this::failed);
      case REFUNDED -> ofMoney(gatewayId, event).ifPresent(p -> refunded(p, event));
      case DISPUTE_OPENED -> ofMoney(gatewayId, event).ifPresent(p -> disputeOpened(p, event));
      case DISPUTE_WON, DISPUTE_LOST ->
          ofMoney(gatewayId, event).ifPresent(p -> disputeClosed(p, event));
      case IGNORED -> {}
    }
  }

  private void paid(Payment payment, GatewayEvent event) {
    bookings.paid(
        payment,
        event.paymentId(),
        event.amount() == null ? null : new Money(event.amount(), payment.amount().currency()),
        event.savedCard());
    // a webhook tells neither the saved card nor what fraud screening weighs of the card: the
    // confirmation does
    boolean cardStillToFetch =
        (payment.saveCard() && event.savedCard() == null && payment.gateway().savesCards())
            || CardStillToLearn.of(payment, payments);
    if (cardStillToFetch) {
      captureSoon(payment);
    } else {
      payments.scheduleCheck(payment.id(), null);
    }
  }

  private void failed(Payment payment) {
    bookings.failed(payment.id(), "The checkout ended without payment");
    payments.scheduleCheck(payment.id(), null);
  }

  /** The worker asks the gateway now: it captures an approved order, or fetches a saved card. */
  private void captureSoon(Payment payment) {
    steps.scheduleCheckInCaller(payment.id(), clock.now());
    worker.nudgeAfterCommit(transactions);
  }

  private void refunded(Payment payment, GatewayEvent event) {
    OptionalLong ours = PaymentReferences.refundOf(slug(), event.reference());
    boolean staffAsked =
        ours.isPresent()
            && payments
                .refund(ours.getAsLong())
                .filter(r -> r.paymentId() == payment.id())
                .isPresent();
    if (staffAsked) {
      payments.refundDone(ours.getAsLong(), event.objectId(), clock.now());
    } else {
      payments.recordGatewayRefund(payment.id(), event.objectId(), event.amount(), clock.now());
    }
    bookings.refunded(payment, event.objectId(), event.amount());
  }

  private void disputeOpened(Payment payment, GatewayEvent event) {
    if (payments.openDispute(payment.id(), event.objectId(), event.amount(), clock.now())) {
      bookings.disputed(payment, event.objectId(), event.amount());
    }
  }

  /**
   * A dispute closed: won gives the money back, lost keeps it taken. A close heard before the open
   * (events are not ordered) is noted closed, and lost takes the money then; the late open finds it
   * and does nothing.
   */
  private void disputeClosed(Payment payment, GatewayEvent event) {
    boolean won = event.kind() == GatewayEvent.Kind.DISPUTE_WON;
    Optional<Dispute> known = payments.dispute(payment.id(), event.objectId());
    if (known.isEmpty()) {
      payments.recordClosedDispute(
          payment.id(), event.objectId(), event.amount(), won, clock.now());
      if (!won) {
        bookings.disputed(payment, event.objectId(), event.amount());
      }
      return;
    }
    if (payments.closeDispute(payment.id(), event.objectId(), won, clock.now()) && won) {
      bookings.disputeWon(payment, event.objectId(), known.get().amount());
    }
  }

  /** The payment a checkout event names by our reference, locked; another tenant's is none. */
  private Optional<Payment> ofCheckout(long gatewayId, GatewayEvent event) {
    OptionalLong id = PaymentReferences.paymentOf(slug(), event.reference());
    Optional<Payment> payment =
        id.isPresent()
            ? payments.findForUpdate(id.getAsLong()).filter(p -> p.gatewayId() == gatewayId)
            : Optional.empty();
    if (payment.isEmpty()) {
      LOG.infof("Event %s of %s names no payment of ours; ignored", event.eventId(), slug());
    }
    return payment;
  }

  /**
   * The payment whose money a refund or dispute event is about, locked. Unknown while a payment at
   * this gateway is still open means its own event may not have arrived: fail to be tried again.
   */
  private Optional<Payment> ofMoney(long gatewayId, GatewayEvent event) {
    Optional<Payment> byMoney =
        event.paymentId() == null
            ? Optional.empty()
            : payments.byGatewayPayment(gatewayId, event.paymentId());
    if (byMoney.isPresent()) {
      return payments.findForUpdate(byMoney.get().id());
    }
    if (payments.anyOpen(gatewayId)) {
      throw new IllegalStateException(
          "Event " + event.eventId() + " is about a payment not confirmed yet");
    }
    LOG.infof("Event %s of %s is about money that is not ours; ignored", event.eventId(), slug());
    return Optional.empty();
  }

  private static String slug() {
    return CurrentTenant.require().slug();
  }
}
