package io.brandcloud.provisioning.application;

import io.brandcloud.catalog.domain.UpstreamPlans;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Optional;

/** Provisioning's answer to the catalog: a provider plan's monthly cost behind a connection. */
@ApplicationScoped
public class ProviderPlanCosts implements UpstreamPlans {

  @EJB ProviderConnections connections;

  @Override
  public Optional<BigDecimal> monthlyCost(long connectionId, String providerPlanCode) {
    return connections.plans(connectionId).stream()
        .filter(plan -> plan.code().equals(providerPlanCode))
        .findFirst()
        .map(plan -> plan.monthlyCost().amount());
  }
}
