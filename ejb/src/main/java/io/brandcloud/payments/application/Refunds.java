package io.brandcloud.payments.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.access.StaffPermission;
import io.brandcloud.audit.AuditLog;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.payments.domain.Payment;
import io.brandcloud.payments.domain.PaymentRepository;
import io.brandcloud.payments.domain.PaymentRepository.Refund;
import io.brandcloud.payments.domain.PaymentStatus;
import io.brandcloud.shared.AfterCommit;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import io.brandcloud.shared.Validation;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.time.Duration;

/**
 * Billing staff give a top-up back to the card it came from, in full or in part. The refund is
 * written (reserving its amount, so two staff cannot refund more than was paid) and sent by the
 * payments worker; the wallet is debited when the gateway made it.
 */
@Stateless
public class Refunds {

  @Inject PaymentRepository payments;
  @EJB WorkDue due;
  @EJB PaymentWorker worker;
  @Resource TransactionSynchronizationRegistry transactions;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;

  /** Asks for a refund of {@code amount} (all that is left when null). */
  public Refund request(long paymentId, BigDecimal amount, String reason) {
    String actor = CurrentCaller.requireStaff(StaffPermission.WALLETS_MANAGE).name();
    String why = Validation.requireText("reason", reason, 500);
    Payment payment =
        payments
            .findForUpdate(paymentId)
            .orElseThrow(() -> BrandcloudException.notFound("Payment " + paymentId));
    if (payment.status() != PaymentStatus.SUCCEEDED) {
      throw new BrandcloudException(ErrorCode.CONFLICT, "Only a completed payment can be refunded");
    }
    BigDecimal left = payment.refundable().subtract(payments.refundsUnderWay(paymentId));
    BigDecimal refund =
        amount == null
            ? left
            : Validation.requireAmount("amount", amount, CurrentTenant.require().currency());
    if (left.signum() <= 0 || refund.compareTo(left) > 0) {
      throw BrandcloudException.invalid(
          "amount",
          "At most "
              + left.max(BigDecimal.ZERO).stripTrailingZeros().toPlainString()
              + " of this payment can still be refunded");
    }
    long id = payments.requestRefund(paymentId, refund, why, actor, clock.now());
    due.flag(PaymentWorkerSteps.QUEUE, Duration.ZERO);
    audit.record(actor, "payment.refund_requested", "payment " + paymentId, refund + " " + why);
    AfterCommit.run(transactions, worker::nudge);
    return payments.refund(id).orElseThrow();
  }
}
