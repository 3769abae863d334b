package io.brandcloud.payments.application;

import io.brandcloud.outbox.MessageHandler;
import io.brandcloud.outbox.WorkDue;
import io.brandcloud.payments.domain.AutoTopUpRepository;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.subscriptions.domain.SubscriptionUnpaid;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Duration;
import java.time.Instant;

/**
 * A renewal the wallet could not pay makes the organisation's automatic top-up due, where the
 * customer turned one on for their saved card (at most once a day, as after hourly charging); the
 * credit it brings renews the subscription.
 */
@ApplicationScoped
public class TopUpForUnpaidRenewal implements MessageHandler<SubscriptionUnpaid> {

  @Inject AutoTopUpRepository autoTopUps;
  @Inject ApplicationClock clock;
  @EJB WorkDue due;
  @EJB PaymentWorker worker;
  @Resource TransactionSynchronizationRegistry transactions;

  @Override
  public Class<SubscriptionUnpaid> handles() {
    return SubscriptionUnpaid.class;
  }

  @Override
  public void handle(SubscriptionUnpaid unpaid) {
    Instant now = clock.now();
    boolean eligible =
        autoTopUps.eligible(now).stream()
            .anyMatch(order -> order.organisationId() == unpaid.organisationId());
    if (eligible) {
      autoTopUps.markDue(unpaid.organisationId(), now);
      due.flag(PaymentWorkerSteps.QUEUE, Duration.ZERO);
      worker.nudgeAfterCommit(transactions);
    }
  }
}
