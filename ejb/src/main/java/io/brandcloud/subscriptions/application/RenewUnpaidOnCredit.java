package io.brandcloud.subscriptions.application;

import io.brandcloud.billing.domain.WalletCredited;
import io.brandcloud.outbox.MessageHandler;
import io.brandcloud.shared.ApplicationClock;
import io.brandcloud.subscriptions.domain.SubscriptionRepository;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;

/**
 * Money into a wallet renews the organisation's unpaid subscriptions at once (each in its own
 * transaction), instead of at the next hourly run: a customer who tops up sees them resume.
 */
@ApplicationScoped
public class RenewUnpaidOnCredit implements MessageHandler<WalletCredited> {

  @Inject SubscriptionRepository subscriptions;
  @Inject ApplicationClock clock;
  @EJB SubscriptionRenewals renewals;

  @Override
  public Class<WalletCredited> handles() {
    return WalletCredited.class;
  }

  @Override
  public void handle(WalletCredited credited) {
    LocalDate today = LocalDate.ofInstant(clock.now(), CurrentTenant.require().timeZone());
    for (long id : subscriptions.unpaidOf(credited.organisationId())) {
      renewals.renew(id, today);
    }
  }
}
