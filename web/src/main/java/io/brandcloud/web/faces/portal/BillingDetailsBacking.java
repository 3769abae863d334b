package io.brandcloud.web.faces.portal;

import io.brandcloud.billing.application.BillingDetails;
import io.brandcloud.billing.domain.BillingParty;
import io.brandcloud.web.faces.shared.CurrentUser;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.security.Caller;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** The active organisation's billing details, as its invoices will address it. */
@Named
@ViewScoped
public class BillingDetailsBacking implements Serializable {

  @EJB BillingDetails billingDetails;
  @Inject CurrentUser user;
  @Inject Caller caller;

  private String address;
  private String country;
  private String region;
  private String taxId;
  private boolean taxExempt;

  @PostConstruct
  void load() {
    if (user.may("billing:view")) {
      show(billingDetails.of(user.organisationId()));
    }
  }

  public boolean isEditable() {
    return user.may("billing:manage");
  }

  public void save() {
    if (!isEditable()) {
      FacesActions.error("Your role in this organisation cannot change its billing details");
      return;
    }
    FacesActions.attempt(
        () ->
            show(
                billingDetails.changeByCustomer(
                    user.organisationId(),
                    new BillingDetails.Change(address, country, region, taxId, null),
                    caller.login().orElseThrow().name())),
        "Billing details saved; they apply to the next invoice");
  }

  private void show(BillingParty party) {
    address = party.address();
    country = party.country();
    region = party.region();
    taxId = party.taxId();
    taxExempt = party.taxExempt();
  }

  public boolean isTaxExempt() {
    return taxExempt;
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
}
