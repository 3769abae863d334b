package io.brandcloud.billing.domain;

import java.math.BigDecimal;

/**
 * A tax the tenant charges customers of one country, or of one region of it when {@code region} is
 * set (both apply to a customer in that region). A compound tax is charged on the net amount plus
 * the taxes before it; a reverse-charge rule lets customers with a tax id account for the tax
 * themselves.
 */
public record TaxRule(
    String country,
    String region,
    String name,
    BigDecimal ratePercent,
    boolean compound,
    boolean reverseCharge,
    int position) {

  boolean appliesTo(BillingParty customer) {
    return country.equals(customer.country())
        && (region == null || region.equals(customer.region()));
  }
}
