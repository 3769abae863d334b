package io.brandcloud.web.rest.billing;

import io.brandcloud.billing.application.BillingDetails;
import io.brandcloud.billing.domain.BillingParty;
import io.brandcloud.billing.vat.domain.TaxIdCheck;
import io.brandcloud.billing.vat.domain.TaxIdStatus;
import java.util.Optional;

/**
 * Whom the organisation's invoices are addressed to; {@code taxIdCheck} (read only) is what VIES
 * said of an EU VAT number.
 */
public record ApiBillingDetails(
    String name,
    String address,
    String country,
    String region,
    String taxId,
    Boolean taxExempt,
    ApiTaxIdCheck taxIdCheck) {

  static ApiBillingDetails of(BillingParty party, Optional<TaxIdCheck> check) {
    return new ApiBillingDetails(
        party.name(),
        party.address(),
        party.country(),
        party.region(),
        party.taxId(),
        party.taxExempt(),
        party.taxIdStatus() == TaxIdStatus.UNCHECKED
            ? null
            : ApiTaxIdCheck.of(party.taxIdStatus(), check));
  }

  BillingDetails.Change change() {
    return new BillingDetails.Change(address, country, region, taxId, taxExempt);
  }
}
