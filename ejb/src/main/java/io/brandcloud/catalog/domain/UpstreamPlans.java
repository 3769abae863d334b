package io.brandcloud.catalog.domain;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * What the catalog asks of the provider behind a connection before it sells one of its plans: what
 * the plan costs a month (in the tenant's billing currency).
 */
public interface UpstreamPlans {

  Optional<BigDecimal> monthlyCost(long connectionId, String providerPlanCode);
}
