package io.brandcloud.payments.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.fraud.domain.FraudCheckDecided;
import io.brandcloud.outbox.MessageHandler;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.payments.domain.Payment;
import io.brandcloud.payments.domain.PaymentRepository;
import io.brandcloud.payments.domain.PaymentStatus;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.PlainText;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * A paid top-up whose card staff denied after a fraud review goes back to the card, all that is
 * left of it, as a staff refund would: the wallet is debited once the gateway made it, into debt if
 * the money was spent meanwhile (the card's owner, not the shop, is the one to make whole).
 */
@ApplicationScoped
public class RefundDeniedTopUp implements MessageHandler<FraudCheckDecided> {

  static final String ACTOR = "fraud review";

  @Inject PaymentRepository payments;
  @EJB WorkDue due;
  @EJB PaymentWorker worker;
  @Resource TransactionSynchronizationRegistry transactions;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  @Override
  public Class<FraudCheckDecided> handles() {
    return FraudCheckDecided.class;
  }

  @Override
  public void handle(FraudCheckDecided decided) {
    if (decided.approved() || decided.paymentId() == null) {
      return;
    }
    Payment payment = payments.findForUpdate(decided.paymentId()).orElse(null);
    if (payment == null || payment.status() != PaymentStatus.SUCCEEDED) {
      return;
    }
    // what a chargeback took back already is not the shop's to refund
    BigDecimal left =
        payment
            .refundable()
            .subtract(payment.disputed())
            .subtract(payments.refundsUnderWay(payment.id()));
    if (left.signum() <= 0) {
      return;
    }
    String reason = PlainText.cut("Declined after a fraud review: " + decided.reason(), 500);
    payments.requestRefund(payment.id(), left, reason, ACTOR, clock.now());
    due.flag(PaymentWorkerSteps.QUEUE, Duration.ZERO);
    audit.record(ACTOR, "payment.refund_requested", "payment " + payment.id(), left + " " + reason);
    worker.nudgeAfterCommit(transactions);
  }
}
