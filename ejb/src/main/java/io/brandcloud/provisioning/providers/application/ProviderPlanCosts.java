package io.brandcloud.provisioning.providers.application;

import io.brandcloud.catalog.domain.UpstreamPlans;
import io.brandcloud.shared.Money;
import io.brandcloud.tenancy.CurrentTenant;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * Provisioning's answer to the catalog: what a provider plan behind a connection costs a month in
 * the tenant's currency, from the connection's synced catalog. A cost in another currency does not
 * count (staff set one in their own); the simulator's cost has no currency of its own.
 */
@ApplicationScoped
public class ProviderPlanCosts implements UpstreamPlans {

  @EJB ProviderConnections connections;

  @Override
  public Optional<BigDecimal> monthlyCost(long connectionId, String providerPlanCode) {
    Currency tenantCurrency = CurrentTenant.require().currency();
    return connections.plans(connectionId).stream()
        .filter(plan -> plan.code().equals(providerPlanCode))
        .flatMap(plan -> plan.monthlyCostIn(tenantCurrency).stream())
        .filter(cost -> cost.currency().equals(tenantCurrency))
        .findFirst()
        .map(Money::amount);
  }
}
