package io.brandcloud.subscriptions.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.outbox.MessageHandler;
import io.brandcloud.shared.RequestOrigin;
import io.brandcloud.subscriptions.domain.Subscription;
import io.brandcloud.subscriptions.domain.SubscriptionEnded;
import io.brandcloud.subscriptions.domain.SubscriptionRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * When a subscription ends, however it ends (cancelled now, at the end of its term, unpaid past
 * retention), its add-ons are cancelled that day, each with the unused part of its own term given
 * back. Runs after the ending committed, so a renewal run never waits for it.
 */
@ApplicationScoped
public class EndAddOnsWithTheirParent implements MessageHandler<SubscriptionEnded> {

  @Inject SubscriptionRepository subscriptions;
  @Inject SubscriptionCancellation cancellation;
  @Inject SubscriptionViews views;

  @Override
  public Class<SubscriptionEnded> handles() {
    return SubscriptionEnded.class;
  }

  @Override
  public void handle(SubscriptionEnded ended) {
    String actor = RequestOrigin.actor().orElse(CurrentCaller.require().name());
    for (Subscription addOn : subscriptions.addOnsForUpdate(ended.subscriptionId())) {
      String parent =
          subscriptions
              .forUpdate(ended.subscriptionId())
              .map(s -> views.productName(s.productId()))
              .orElse("its subscription");
      cancellation.cancelNow(addOn, ", with " + parent, actor);
    }
  }
}
