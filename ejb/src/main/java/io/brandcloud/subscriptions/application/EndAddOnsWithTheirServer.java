package io.brandcloud.subscriptions.application;

import io.brandcloud.access.CurrentCaller;
import io.brandcloud.outbox.MessageHandler;
import io.brandcloud.provisioning.servers.application.SubscriptionServers;
import io.brandcloud.provisioning.servers.domain.ServerTerminated;
import io.brandcloud.shared.RequestOrigin;
import io.brandcloud.subscriptions.domain.Subscription;
import io.brandcloud.subscriptions.domain.SubscriptionRepository;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * When an hourly server is deleted, however it is deleted, the add-ons ordered for it are cancelled
 * that day, each with the unused part of its term given back. Runs after the deletion committed.
 */
@ApplicationScoped
public class EndAddOnsWithTheirServer implements MessageHandler<ServerTerminated> {

  @Inject SubscriptionRepository subscriptions;
  @Inject SubscriptionCancellation cancellation;
  @EJB SubscriptionServers servers;

  @Override
  public Class<ServerTerminated> handles() {
    return ServerTerminated.class;
  }

  @Override
  public void handle(ServerTerminated terminated) {
    String actor = RequestOrigin.actor().orElse(CurrentCaller.require().name());
    String server =
        servers.hostnameOf(terminated.serverId()).orElse("server " + terminated.serverId());
    for (Subscription addOn : subscriptions.addOnsOfServerForUpdate(terminated.serverId())) {
      cancellation.cancelNow(addOn, ", with the deleted server " + server, actor);
    }
  }
}
