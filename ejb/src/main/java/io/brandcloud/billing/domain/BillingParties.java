package io.brandcloud.billing.domain;

import java.util.Optional;

/** Whom each of the current tenant's organisations wants its invoices addressed to. */
public interface BillingParties {

  Optional<BillingParty> of(long organisationId);

  /** As {@link #of}, with the organisation locked until the transaction ends. */
  Optional<BillingParty> lockedOf(long organisationId);

  /** Changes all but the name, which is the organisation's own. */
  void change(
      long organisationId,
      String address,
      String country,
      String region,
      String taxId,
      boolean taxExempt);
}
