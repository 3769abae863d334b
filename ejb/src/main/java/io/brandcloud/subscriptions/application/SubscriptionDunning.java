package io.brandcloud.subscriptions.application;

import io.brandcloud.catalog.domain.ProductPrice;
import io.brandcloud.mail.MessageType;
import io.brandcloud.mail.OwnerMail;
import io.brandcloud.outbox.Outbox;
import io.brandcloud.provisioning.servers.application.SubscriptionServers;
import io.brandcloud.settings.Settings;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.subscriptions.domain.Subscription;
import io.brandcloud.subscriptions.domain.SubscriptionStatus;
import io.brandcloud.subscriptions.domain.SubscriptionUnpaid;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * A subscription whose next term the wallet cannot pay, on the hourly servers' terms and settings:
 * past due (the owner is mailed) and running on for the tenant's grace period, then suspended
 * (mailed; a server it pays for is suspended with it), and after the retention period unpaid it
 * ends (mailed). A payment before it ends renews and resumes it. The mail goes through the mail
 * outbox with the change.
 */
@ApplicationScoped
public class SubscriptionDunning {

  @EJB TenantSettings settings;
  @EJB OwnerMail ownerMail;
  @Inject SubscriptionLedger ledger;
  @Inject ApplicationClock clock;
  @EJB Outbox outbox;
  @EJB SubscriptionServers servers;

  void unpaid(Subscription subscription, ProductPrice price, String name, String actor) {
    Settings tenant = settings.current();
    Instant now = clock.now();
    Instant due =
        subscription.paidUntil().atStartOfDay(CurrentTenant.require().timeZone()).toInstant();
    switch (subscription.status()) {
      case SUSPENDED -> {
        if (!now.isBefore(due.plus(Duration.ofDays(tenant.retentionDays())))) {
          subscription.end(SubscriptionStatus.CANCELLED, subscription.paidUntil(), now);
          ledger.ended(subscription, "ended_unpaid", "unpaid since " + due, actor);
          mail(subscription, MessageType.SUBSCRIPTION_ENDED_UNPAID, Map.of("subscription", name));
        }
      }
      case PAST_DUE -> {
        if (!now.isBefore(due.plus(Duration.ofHours(tenant.graceHours())))) {
          subscription.suspend();
          servers.suspend(subscription.id(), "subscription renewal unpaid");
          ledger.record(subscription, "suspended", null, "unpaid since " + due, actor);
          mail(
              subscription,
              MessageType.SUBSCRIPTION_SUSPENDED,
              Map.of("subscription", name, "retentionDays", tenant.retentionDays()));
        }
      }
      default -> {
        subscription.pastDue();
        outbox.publish(new SubscriptionUnpaid(subscription.id(), subscription.organisationId()));
        ledger.record(
            subscription, "past_due", null, "the wallet did not cover the next term", actor);
        mail(
            subscription,
            MessageType.SUBSCRIPTION_PAST_DUE,
            Map.of(
                "subscription",
                name,
                "amount",
                price.amount(CurrentTenant.require().currency()),
                "graceHours",
                tenant.graceHours()));
      }
    }
  }

  private void mail(Subscription subscription, MessageType type, Map<String, ?> values) {
    ownerMail.send(subscription.organisationId(), type, values);
  }
}
