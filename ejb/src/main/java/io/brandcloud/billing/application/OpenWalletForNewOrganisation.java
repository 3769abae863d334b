package io.brandcloud.billing.application;

import io.brandcloud.identity.domain.OrganisationCreated;
import io.brandcloud.outbox.MessageHandler;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/** Every organisation gets a wallet in the tenant's currency. */
@ApplicationScoped
public class OpenWalletForNewOrganisation implements MessageHandler<OrganisationCreated> {

  @EJB Wallets wallets;

  @Override
  public Class<OrganisationCreated> handles() {
    return OrganisationCreated.class;
  }

  @Override
  public void handle(OrganisationCreated created) {
    wallets.open(created.organisationId());
  }
}
