package io.brandcloud.billing.domain;

import io.brandcloud.billing.vat.domain.TaxIdStatus;
import io.brandcloud.billing.vat.domain.VatNumbers;

/**
 * Whom an invoice is addressed to, as it stood when the invoice was issued: name, postal address,
 * ISO country code, region code, tax id, whether staff confirmed the customer is tax exempt, and
 * what VIES said of the tax id where it is an EU VAT number.
 */
public record BillingParty(
    String name,
    String address,
    String country,
    String region,
    String taxId,
    boolean taxExempt,
    TaxIdStatus taxIdStatus) {

  public BillingParty {
    taxIdStatus = taxIdStatus == null ? TaxIdStatus.UNCHECKED : taxIdStatus;
  }

  /** A party whose tax id, if any, is of a country VIES does not keep, or was never asked. */
  public BillingParty(
      String name, String address, String country, String region, String taxId, boolean taxExempt) {
    this(name, address, country, region, taxId, taxExempt, TaxIdStatus.UNCHECKED);
  }

  public boolean hasTaxId() {
    return taxId != null && !taxId.isBlank();
  }

  /**
   * Whether the tax id may carry a reverse charge: an EU VAT number only once VIES confirmed it;
   * any other country's as written, since no register can be asked.
   */
  public boolean taxIdConfirmed() {
    return hasTaxId() && (!VatNumbers.covers(country) || taxIdStatus == TaxIdStatus.VALID);
  }

  /** The lines printed under "Billed to". */
  public String printed() {
    StringBuilder text = new StringBuilder(name);
    if (address != null && !address.isBlank()) {
      text.append('\n').append(address.strip());
    }
    if (country != null) {
      text.append('\n').append(region == null ? country : region + ", " + country);
    }
    if (hasTaxId()) {
      text.append("\nTax id: ").append(taxId);
    }
    return text.toString();
  }
}
