package io.brandcloud.subscriptions.application;

import io.brandcloud.fraud.domain.FraudCheckDecided;
import io.brandcloud.outbox.MessageHandler;
import io.brandcloud.subscriptions.domain.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A subscription ordered under a check that staff denied ends today, the unused part of its first
 * term back in the wallet, as a cancellation would; its server is never built.
 */
@ApplicationScoped
public class CancelSubscriptionOfDeniedOrder implements MessageHandler<FraudCheckDecided> {

  static final String ACTOR = "fraud review";

  @Inject SubscriptionRepository subscriptions;
  @Inject SubscriptionCancellation cancellation;

  @Override
  public Class<FraudCheckDecided> handles() {
    return FraudCheckDecided.class;
  }

  @Override
  public void handle(FraudCheckDecided decided) {
    if (decided.approved() || decided.subscriptionId() == null) {
      return;
    }
    subscriptions
        .forUpdate(decided.subscriptionId())
        .filter(subscription -> !subscription.status().over())
        .ifPresent(
            subscription ->
                cancellation.cancelNow(subscription, ", the order declined after review", ACTOR));
  }
}
