package io.brandcloud.web.rest.billing;

import io.brandcloud.billing.application.BillingDetails;
import io.brandcloud.billing.domain.BillingParty;

/** Whom the organisation's invoices are addressed to. */
public record ApiBillingDetails(
    String name, String address, String country, String region, String taxId, Boolean taxExempt) {
  static ApiBillingDetails of(BillingParty party) {
    return new ApiBillingDetails(
        party.name(),
        party.address(),
        party.country(),
        party.region(),
        party.taxId(),
        party.taxExempt());
  }

  BillingDetails.Change change() {
    return new BillingDetails.Change(address, country, region, taxId, taxExempt);
  }
}
