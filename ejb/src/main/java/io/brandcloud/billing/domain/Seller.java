package io.brandcloud.billing.domain;

/** The seller on invoices and credit notes; {@code logo} is null when none was uploaded. */
public record Seller(
    String legalName,
    String address,
    String taxIds,
    byte[] logo,
    String logoType,
    String invoiceNote) {

  /**
   * What a document prints as its seller: the details kept when it was issued, or today's for a
   * document that predates keeping them.
   */
  public String onDocument(String keptWhenIssued, String tenantName) {
    return keptWhenIssued == null ? printed(tenantName) : keptWhenIssued;
  }

  /** Name (the tenant's if no legal name is set), address and tax ids, one per line. */
  public String printed(String tenantName) {
    StringBuilder text = new StringBuilder(legalName == null ? tenantName : legalName);
    if (address != null) {
      text.append('\n').append(address.strip());
    }
    if (taxIds != null) {
      text.append('\n').append(taxIds.strip());
    }
    return text.toString();
  }
}
