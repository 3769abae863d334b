package io.brandcloud.fraud.domain;

import java.math.BigDecimal;
import java.util.Objects;

/** How a tenant set one rule: on or off, the weight it adds, and its limit where it has one. */
public record RuleSetting(FraudRule rule, boolean enabled, int weight, BigDecimal limit) {

  public static final int MAX_WEIGHT = 100;

  public RuleSetting {
    Objects.requireNonNull(rule, "rule");
    if (weight < 0 || weight > MAX_WEIGHT) {
      throw new IllegalArgumentException("weight out of range: " + weight);
    }
    if (rule.hasLimit() && (limit == null || limit.signum() < 0)) {
      throw new IllegalArgumentException(rule + " needs a limit of zero or more");
    }
    if (!rule.hasLimit()) {
      limit = null;
    }
  }
}
