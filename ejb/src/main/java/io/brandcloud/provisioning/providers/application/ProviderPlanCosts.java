package io.brandcloud.provisioning.providers.application;

import io.brandcloud.catalog.domain.UpstreamPlans;
import io.brandcloud.provisioning.providers.domain.CatalogEntry;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.Set;

/**
 * Provisioning's answer to the catalog: what a provider plan behind a connection costs a month in
 * the tenant's currency, from the connection's synced catalog. A cost in another currency does not
 * count (staff set one in their own); the simulator's cost has no currency of its own.
 */
@ApplicationScoped
public class ProviderPlanCosts implements UpstreamPlans {

  private static final String NO_CURRENCY = "XXX";

  @EJB ProviderConnections connections;

  @Override
  public Optional<BigDecimal> monthlyCost(long connectionId, String providerPlanCode) {
    Set<String> usable = Set.of(NO_CURRENCY, CurrentTenant.require().currency().getCurrencyCode());
    return connections.plans(connectionId).stream()
        .filter(plan -> plan.code().equals(providerPlanCode))
        .filter(plan -> plan.monthlyCost() != null && usable.contains(plan.costCurrency()))
        .findFirst()
        .map(CatalogEntry::monthlyCost);
  }
}
