package io.brandcloud.payments.application;

import io.brandcloud.billing.application.Wallets;
import io.brandcloud.billing.domain.UsageCharged;
import io.brandcloud.outbox.MessageHandler;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.payments.domain.AutoTopUp;
import io.brandcloud.payments.domain.AutoTopUpRepository;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;

/**
 * After hourly charging, the automatic top-ups of wallets that fell below their threshold become
 * due, each at most once a day; the payments worker charges them.
 */
@ApplicationScoped
public class MarkAutoTopUpsDue implements MessageHandler<UsageCharged> {

  @Inject AutoTopUpRepository autoTopUps;
  @EJB Wallets wallets;
  @EJB WorkDue due;
  @EJB PaymentWorker worker;
  @Resource TransactionSynchronizationRegistry transactions;

  @Override
  public Class<UsageCharged> handles() {
    return UsageCharged.class;
  }

  @Override
  public void handle(UsageCharged charged) {
    // the charging run's own time, as for its low-balance warnings: a run that catches up on
    // missed hours judges "once a day" by the hours it charged
    Instant now = charged.chargedUpTo();
    boolean any = false;
    for (AutoTopUp order : autoTopUps.eligible(now)) {
      if (wallets.balanceOf(order.organisationId()).amount().compareTo(order.threshold()) < 0) {
        autoTopUps.markDue(order.organisationId(), now);
        any = true;
      }
    }
    if (any) {
      due.flag(PaymentWorkerSteps.QUEUE, Duration.ZERO);
      worker.nudgeAfterCommit(transactions);
    }
  }
}
