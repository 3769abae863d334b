package io.brandcloud.billing.domain;

import java.util.List;
import java.util.Optional;

/** The current tenant's tax rules. */
public interface TaxRuleRepository {

  /** By country, a country's own rules before its regions', then by position and name. */
  List<StoredTaxRule> all();

  /** Stores a rule; empty, and nothing stored, when the place already has a tax of its name. */
  Optional<Long> add(TaxRule rule);

  void remove(long taxRuleId);
}
