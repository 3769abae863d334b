package io.brandcloud.payments.application;

import io.brandcloud.audit.AuditLog;
import io.brandcloud.billing.application.Wallets;
import io.brandcloud.identity.domain.OrganisationClosed;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.OwnerMail;
import io.brandcloud.outbox.MessageHandler;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.payments.domain.Payment;
import io.brandcloud.payments.domain.PaymentRepository;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.shared.Money;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Map;

/**
 * The money left on a closed organisation, settled and told to its owner. Where the tenant refunds
 * closed accounts' balances, it goes back to the cards it came from, the newest payment first, each
 * refund sent by the payments worker and debited from the wallet when the gateway made it. Credits
 * staff gave count as spent last and stay on the wallet, as does what no card payment covers (a
 * payment refunded or disputed already). A refund the gateway refuses shows as failed in the
 * staff's refunds list, for staff to settle by hand. The owner's mail says what goes back and what
 * stays.
 */
@ApplicationScoped
public class SettleBalanceOfClosedOrganisation implements MessageHandler<OrganisationClosed> {

  static final String REQUESTED_BY = "account closure";
  static final String REASON = "Account closed: the balance goes back";

  @Inject PaymentRepository payments;
  @EJB Wallets wallets;
  @EJB TenantSettings settings;
  @EJB WorkDue due;
  @EJB PaymentWorker worker;
  @Inject ApplicationClock clock;
  @Inject AuditLog audit;
  @EJB OwnerMail ownerMail;
  @Resource TransactionSynchronizationRegistry transactions;

  @Override
  public Class<OrganisationClosed> handles() {
    return OrganisationClosed.class;
  }

  @Override
  public void handle(OrganisationClosed closed) {
    long organisationId = closed.organisationId();
    if (payments.anyRefundAskedBy(organisationId, REQUESTED_BY)) {
      return;
    }
    Money balance = wallets.balanceOf(organisationId);
    BigDecimal refunded =
        settings.current().refundsClosedBalances() ? refund(organisationId) : BigDecimal.ZERO;
    BigDecimal kept = balance.amount().subtract(refunded);
    ownerMail.send(
        organisationId,
        MessageType.ORGANISATION_CLOSED,
        Map.of(
            "refunded", shown(refunded, balance),
            "kept", shown(kept, balance)));
  }

  /** Asks the refunds; what they add up to. */
  private BigDecimal refund(long organisationId) {
    var refundable = payments.refundableOf(organisationId);
    Money balance = wallets.refundableBalanceOf(organisationId);
    // refunds asked for already are debited only once the gateway made them; hourly charges leave
    // fractions of a cent no card can take back: they stay as credit
    BigDecimal left =
        balance
            .minus(new Money(payments.refundsUnderWayOf(organisationId), balance.currency()))
            .truncatedToMinorUnit();
    BigDecimal asked = BigDecimal.ZERO;
    for (Payment payment : refundable) {
      if (left.signum() <= 0) {
        break;
      }
      BigDecimal free =
          payment
              .refundable()
              .subtract(payment.disputed())
              .subtract(payments.refundsUnderWay(payment.id()));
      BigDecimal amount = free.min(left);
      if (amount.signum() > 0) {
        payments.requestRefund(payment.id(), amount, REASON, REQUESTED_BY, clock.now());
        audit.record(
            REQUESTED_BY,
            "payment.refund_requested",
            "payment " + payment.id(),
            amount + " " + REASON);
        left = left.subtract(amount);
        asked = asked.add(amount);
      }
    }
    if (asked.signum() > 0) {
      due.flag(PaymentWorkerSteps.QUEUE, Duration.ZERO);
      worker.nudgeAfterCommit(transactions);
    }
    return asked;
  }

  /** An amount for the mail, or nothing (which leaves its paragraph out). */
  private static Object shown(BigDecimal amount, Money balance) {
    BigDecimal cents = new Money(amount, balance.currency()).truncatedToMinorUnit();
    return cents.signum() > 0 ? new Money(cents, balance.currency()) : "";
  }
}
