package io.brandcloud.billing.domain;

/**
 * Whom an invoice is addressed to, as it stood when the invoice was issued: name, postal address,
 * ISO country code, region code, tax id, and whether staff confirmed the customer is tax exempt.
 */
public record BillingParty(
    String name, String address, String country, String region, String taxId, boolean taxExempt) {

  public boolean hasTaxId() {
    return taxId != null && !taxId.isBlank();
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
