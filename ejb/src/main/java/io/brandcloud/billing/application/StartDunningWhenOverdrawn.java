package io.brandcloud.billing.application;

import io.brandcloud.billing.domain.WalletOverdrawn;
import io.brandcloud.outbox.MessageHandler;
import io.brandcloud.shared.ApplicationClock;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A wallet a refund or chargeback took below zero goes into dunning now, as charging would have put
 * it at the next hour: the owner is told at once and the grace period starts.
 */
@ApplicationScoped
public class StartDunningWhenOverdrawn implements MessageHandler<WalletOverdrawn> {

  @EJB Dunning dunning;
  @Inject ApplicationClock clock;

  @Override
  public Class<WalletOverdrawn> handles() {
    return WalletOverdrawn.class;
  }

  @Override
  public void handle(WalletOverdrawn overdrawn) {
    dunning.run(clock.now());
  }
}
