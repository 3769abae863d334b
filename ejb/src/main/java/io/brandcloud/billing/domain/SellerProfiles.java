package io.brandcloud.billing.domain;

/** The current tenant's one seller profile, as its invoices and credit notes print it. */
public interface SellerProfiles {

  Seller current();

  void change(String legalName, String address, String taxIds, String invoiceNote);

  void changeLogo(byte[] image, String contentType);

  void removeLogo();
}
