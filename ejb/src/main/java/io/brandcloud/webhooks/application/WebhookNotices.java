package io.brandcloud.webhooks.application;

import io.brandcloud.shared.ChangeNotices;
import io.brandcloud.shared.DatabaseChange;
import io.brandcloud.tenancy.TenantLookup;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

/**
 * Hears that deliveries wait: the database triggers that write them announce {@value #TOPIC} with
 * the tenant's schema, and the sender looks there. When notices may have been missed (the listening
 * connection dropped), every tenant is looked at once.
 */
@ApplicationScoped
public class WebhookNotices {

  static final String TOPIC = "webhooks";

  @EJB WebhookSender sender;
  @Inject TenantLookup tenants;

  void heard(@Observes DatabaseChange change) {
    if (TOPIC.equals(change.topic())) {
      tenants
          .bySchema(change.schema(), "webhooks")
          .ifPresent(tenant -> sender.heardOf(tenant.tenantId()));
    }
  }

  void mayHaveMissed(@Observes ChangeNotices.Missed missed) {
    sender.lookEverywhere();
  }
}
