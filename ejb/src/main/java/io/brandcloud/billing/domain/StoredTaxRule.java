package io.brandcloud.billing.domain;

/** A tax rule with its id, as admins list and delete it. */
public record StoredTaxRule(long id, TaxRule rule) {}
