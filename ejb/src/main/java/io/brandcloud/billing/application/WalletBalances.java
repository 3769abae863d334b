package io.brandcloud.billing.application;

import io.brandcloud.provisioning.servers.domain.CustomerBalances;
import io.brandcloud.shared.Money;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** Billing's answer to provisioning's question before a build: the wallet's balance. */
@ApplicationScoped
public class WalletBalances implements CustomerBalances {

  @EJB Wallets wallets;

  @Override
  public Money balanceOf(long organisationId) {
    return wallets.balanceOf(organisationId);
  }

  @Override
  public Money spentThisMonth(long organisationId) {
    return wallets.spentThisMonth(organisationId);
  }
}
