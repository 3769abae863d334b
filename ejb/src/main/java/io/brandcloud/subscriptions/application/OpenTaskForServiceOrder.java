package io.brandcloud.subscriptions.application;

import io.brandcloud.outbox.MessageHandler;
import io.brandcloud.subscriptions.domain.ServiceOrdered;
import io.brandcloud.subscriptions.domain.Subscription;
import io.brandcloud.subscriptions.domain.SubscriptionRepository;
import io.brandcloud.support.tickets.application.Tickets;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * An order of a service staff fulfil opens a ticket in the organisation's name: it waits in the
 * staff's queue like any question, and the customer follows the work on the portal. Runs after the
 * order committed; a retry finds the ticket it opened and opens no second one.
 */
@ApplicationScoped
public class OpenTaskForServiceOrder implements MessageHandler<ServiceOrdered> {

  @Inject SubscriptionRepository subscriptions;
  @Inject SubscriptionViews views;
  @Inject SubscriptionLedger ledger;
  @EJB Tickets tickets;

  private static String answers(SubscriptionView view) {
    StringBuilder text = new StringBuilder();
    for (var answer : view.answers()) {
      text.append("\n").append(answer.printed());
    }
    return text.toString();
  }

  @Override
  public Class<ServiceOrdered> handles() {
    return ServiceOrdered.class;
  }

  @Override
  public void handle(ServiceOrdered ordered) {
    Subscription subscription = subscriptions.forUpdate(ordered.subscriptionId()).orElseThrow();
    if (subscriptions.events(subscription.id()).stream()
        .anyMatch(e -> "task_opened".equals(e.kind()))) {
      return;
    }
    SubscriptionView view = views.of(subscription);
    long ticket =
        tickets.openForOrder(
            subscription.organisationId(),
            "Order: " + view.productName(),
            "We ordered "
                + view.productName()
                + " ("
                + view.cycle().replace('_', '-')
                + ", "
                + view.price().display()
                + " per term) on "
                + LocalDate.ofInstant(subscription.createdAt(), CurrentTenant.require().timeZone())
                + "."
                + answers(view)
                + "\n\nThis ticket tracks the work until it is done.");
    ledger.record(subscription, "task_opened", null, "ticket " + ticket, "outbox");
  }
}
