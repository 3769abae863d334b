package io.brandcloud.provisioning.servers.application;

import io.brandcloud.catalog.application.PlanCatalog;
import io.brandcloud.catalog.application.PlanView;
import io.brandcloud.provisioning.providers.application.ProviderConnections;
import io.brandcloud.provisioning.providers.domain.CatalogEntry;
import io.brandcloud.provisioning.providers.domain.ServerSpec;
import io.brandcloud.shared.BrandcloudException;
import io.brandcloud.shared.ErrorCode;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * What a new server may be: a plan on sale on an active connection, a region and image it offers.
 */
@ApplicationScoped
public class ServerOffers {

  @EJB PlanCatalog catalog;
  @EJB ProviderConnections connections;

  /** The plan, if a server may be ordered on it now (400 unknown, 409 {@code plan_inactive}). */
  PlanView planOnSale(long planId) {
    PlanView plan =
        catalog
            .find(planId)
            .orElseThrow(() -> BrandcloudException.invalid("planId", "No such plan"));
    if (!plan.active() || !connections.active(plan.connectionId())) {
      throw new BrandcloudException(ErrorCode.PLAN_INACTIVE, plan.name());
    }
    return plan;
  }

  void requireOffered(long connectionId, ServerSpec spec) {
    if (spec.region() == null || !connections.regions(connectionId).contains(spec.region())) {
      throw BrandcloudException.invalid("region", "Region '" + spec.region() + "' is not offered");
    }
    if (spec.image() == null
        || !connections.offers(connectionId, CatalogEntry.Kind.IMAGE, spec.image())) {
      throw BrandcloudException.invalid("image", "Image '" + spec.image() + "' is not offered");
    }
  }
}
