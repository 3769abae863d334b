package io.brandcloud.billing.application;

import io.brandcloud.billing.domain.TaxRule;

/** A tax rule with its id, as admins list and delete it. */
public record StoredTaxRule(long id, TaxRule rule) {}
