package io.brandcloud.payments.application;

import io.brandcloud.identity.domain.OrganisationClosed;
import io.brandcloud.outbox.MessageHandler;
import io.brandcloud.payments.domain.AutoTopUpRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * A closed organisation's saved card and automatic top-up go: its balance may fall below the
 * threshold once refunded, and nothing should charge a card for an account that is no more.
 */
@ApplicationScoped
public class ForgetCardOfClosedOrganisation implements MessageHandler<OrganisationClosed> {

  @Inject AutoTopUpRepository autoTopUps;

  @Override
  public Class<OrganisationClosed> handles() {
    return OrganisationClosed.class;
  }

  @Override
  public void handle(OrganisationClosed closed) {
    autoTopUps.remove(closed.organisationId());
  }
}
