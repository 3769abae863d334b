package io.brandcloud.billing.domain;

/** A tax rule as stored, with its id. */
public record SavedTaxRule(long id, TaxRule rule) {}
