package io.brandcloud.payments.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.billing.domain.LedgerEntryType;
import io.brandcloud.billing.domain.LedgerWording;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.OwnerMail;
import io.brandcloud.metrics.BusinessMetrics;
import io.brandcloud.outbox.Outbox;
import io.brandcloud.payments.domain.AutoTopUpRepository;
import io.brandcloud.payments.domain.CardFacts;
import io.brandcloud.payments.domain.Payment;
import io.brandcloud.payments.domain.PaymentRepository;
import io.brandcloud.payments.domain.PaymentStatus;
import io.brandcloud.payments.domain.SavedCard;
import io.brandcloud.payments.domain.TopUpPaidByCard;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.PublicUrls;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * What money a gateway moved does to a payment and its wallet, in the caller's transaction with the
 * payment row locked: each is booked once, because the ledger reference is the gateway's id for the
 * money (unique) and the payment's own figures move only when the ledger row was new. The return
 * page, the payments worker and webhook events all come through here.
 */
@ApplicationScoped
public class PaymentBookings {

  private static final Logger LOG = Logger.getLogger(PaymentBookings.class);

  @Inject PaymentRepository payments;
  @Inject AutoTopUpRepository autoTopUps;
  @EJB Wallets wallets;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @Inject BusinessMetrics metrics;
  @EJB OwnerMail ownerMail;
  @EJB Outbox outbox;

  /**
   * The payment's money is confirmed: the wallet is credited once and, where the customer asked,
   * the card kept. Another amount than the customer was asked for credits nothing and is logged for
   * staff: the wallet must never hold money nobody asked for.
   */
  public void paid(Payment payment, String gatewayPaymentId, Money paid, SavedCard card) {
    paid(payment, gatewayPaymentId, paid, card, null);
  }

  /**
   * As {@link #paid(Payment, String, Money, SavedCard)}, with what the gateway told of the card
   * ({@code facts}, null where it told nothing): kept on the payment once, and a top-up's card is
   * screened.
   */
  public void paid(
      Payment payment, String gatewayPaymentId, Money paid, SavedCard card, CardFacts facts) {
    if (paid != null && paid.compareTo(payment.amount()) != 0) {
      LOG.errorf(
          "Payment %d: the gateway took %s, not %s; not credited",
          payment.id(), paid.display(), payment.amount().display());
      failed(payment.id(), "The gateway took another amount");
      return;
    }
    if (payment.saveCard() && card != null && payment.gateway().savesCards()) {
      autoTopUps.saveCard(payment.organisationId(), payment.gatewayId(), card);
    }
    boolean fresh = payments.succeed(payment.id(), gatewayPaymentId, clock.now());
    if (facts != null
        && Payment.TOP_UP.equals(payment.purpose())
        && payments.recordCard(payment.id(), facts)) {
      outbox.publish(new TopUpPaidByCard(payment.id(), payment.organisationId()));
    }
    if (!fresh) {
      return;
    }
    metrics.toppedUp(payment.amount());
    wallets.bookPayment(
        payment.organisationId(),
        LedgerEntryType.TOP_UP,
        payment.amount(),
        "payment:" + payment.gateway().wireName() + ":" + gatewayPaymentId,
        (payment.purpose().equals("AUTO_TOP_UP") ? LedgerWording.AUTO_TOP_UP : LedgerWording.TOP_UP)
            .with(payment.gateway().wireName()),
        "payment " + payment.id());
    audit.record(
        null,
        "payment.succeeded",
        "payment " + payment.id(),
        payment.amount().display() + " " + gatewayPaymentId);
    mailOwner(payment, MessageType.PAYMENT_RECEIVED, payment.amount());
  }

  /** The payment ended without money, unless it had ended before. */
  public void failed(long paymentId, String failure) {
    if (payments.fail(paymentId, PaymentStatus.FAILED, failure, clock.now())) {
      metrics.paymentFailed();
    }
  }

  /** A refund went back to the card: the wallet is debited by it, once. */
  public boolean refunded(Payment payment, String gatewayRefundId, BigDecimal amount) {
    Money money = new Money(amount, payment.amount().currency());
    boolean booked =
        wallets.bookPayment(
            payment.organisationId(),
            LedgerEntryType.REFUND,
            money.negate(),
            "refund:" + payment.gateway().wireName() + ":" + gatewayRefundId,
            LedgerWording.REFUND.with(payment.gateway().wireName(), Long.toString(payment.id())),
            "payment " + payment.id());
    if (booked) {
      payments.addRefunded(payment.id(), amount);
      audit.record(
          null,
          "payment.refunded",
          "payment " + payment.id(),
          money.display() + " " + gatewayRefundId);
      mailOwner(payment, MessageType.PAYMENT_REFUNDED, money);
    }
    return booked;
  }

  /** Money in or out by a payment's method, and the balance after it, mailed to the owner. */
  private void mailOwner(Payment payment, MessageType type, Money amount) {
    ownerMail.send(
        payment.organisationId(),
        type,
        Map.of(
            "amount",
            amount,
            "method",
            payment.gateway().displayName(),
            "balance",
            wallets.balanceOf(payment.organisationId()),
            "walletUrl",
            PublicUrls.wallet(CurrentTenant.require())));
  }

  /** The customer's bank took the money back: the wallet is debited, once per dispute. */
  public void disputed(Payment payment, String disputeId, BigDecimal amount) {
    Money money = new Money(amount, payment.amount().currency());
    if (wallets.bookPayment(
        payment.organisationId(),
        LedgerEntryType.DISPUTE,
        money.negate(),
        "dispute:" + payment.gateway().wireName() + ":" + disputeId,
        LedgerWording.DISPUTE.with(payment.gateway().wireName(), Long.toString(payment.id())),
        "payment " + payment.id())) {
      payments.addDisputed(payment.id(), amount);
      audit.record(null, "payment.disputed", "payment " + payment.id(), money.display());
    }
  }

  /** The reseller won the dispute: the money comes back to the wallet, once. */
  public void disputeWon(Payment payment, String disputeId, BigDecimal amount) {
    Money money = new Money(amount, payment.amount().currency());
    if (wallets.bookPayment(
        payment.organisationId(),
        LedgerEntryType.DISPUTE,
        money,
        "dispute-won:" + payment.gateway().wireName() + ":" + disputeId,
        LedgerWording.DISPUTE_WON.with(payment.gateway().wireName(), Long.toString(payment.id())),
        "payment " + payment.id())) {
      payments.addDisputed(payment.id(), amount.negate());
      audit.record(null, "payment.dispute_won", "payment " + payment.id(), money.display());
    }
  }
}
