package io.brandcloud.web.faces.shared;

import io.brandcloud.billing.application.BillingDetails;
import io.brandcloud.billing.domain.BillingParty;
import java.io.Serializable;

/** The billing details fields a page edits: shown from a billing party, sent as a change. */
public class BillingDetailsForm implements Serializable {

  private String address;
  private String country;
  private String region;
  private String taxId;
  private boolean taxExempt;
  private String taxIdCheck;

  /**
   * @param taxIdCheck what VIES said of the tax id, as a sentence; null when there is nothing to
   *     say
   */
  public void show(BillingParty party, String taxIdCheck) {
    address = party.address();
    country = party.country();
    region = party.region();
    taxId = party.taxId();
    taxExempt = party.taxExempt();
    this.taxIdCheck = taxIdCheck;
  }

  public String getTaxIdCheck() {
    return taxIdCheck;
  }

  /** The change as entered; the exemption only where staff may set it. */
  public BillingDetails.Change change(boolean withExemption) {
    return new BillingDetails.Change(
        address, country, region, taxId, withExemption ? taxExempt : null);
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getCountry() {
    return country;
  }

  public void setCountry(String country) {
    this.country = country;
  }

  public String getRegion() {
    return region;
  }

  public void setRegion(String region) {
    this.region = region;
  }

  public String getTaxId() {
    return taxId;
  }

  public void setTaxId(String taxId) {
    this.taxId = taxId;
  }

  public boolean isTaxExempt() {
    return taxExempt;
  }

  public void setTaxExempt(boolean taxExempt) {
    this.taxExempt = taxExempt;
  }
}
