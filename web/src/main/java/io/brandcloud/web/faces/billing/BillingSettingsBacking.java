package io.brandcloud.web.faces.billing;

import io.brandcloud.billing.application.SellerProfile;
import io.brandcloud.billing.application.TaxRules;
import io.brandcloud.billing.domain.Seller;
import io.brandcloud.billing.domain.StoredTaxRule;
import io.brandcloud.billing.domain.TaxRule;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.List;
import org.primefaces.model.file.UploadedFile;

/** Tax rules and the seller's details (name, address, tax ids, logo) that invoices print. */
@Named
@ViewScoped
public class BillingSettingsBacking implements Serializable {

  @EJB TaxRules taxRules;
  @EJB SellerProfile seller;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  private String country;
  private String region;
  private String name;
  private BigDecimal ratePercent;
  private boolean compound;
  private boolean reverseCharge;
  private int position = 1;

  private String legalName;
  private String address;
  private String taxIds;
  private boolean hasLogo;
  private transient UploadedFile logo;

  @PostConstruct
  void load() {
    Seller current = seller.forStaff();
    legalName = current.legalName();
    address = current.address();
    taxIds = current.taxIds();
    hasLogo = current.logo() != null;
  }

  public List<StoredTaxRule> getRules() {
    return taxRules.list();
  }

  public void addRule() {
    TaxRule rule =
        new TaxRule(country, region, name, ratePercent, compound, reverseCharge, position);
    if (FacesActions.attempt(
        () -> taxRules.add(rule, actor()), texts.get("admin.billing.ruleAdded"))) {
      name = null;
      ratePercent = null;
      region = null;
      compound = false;
      reverseCharge = false;
    }
  }

  public void removeRule(StoredTaxRule rule) {
    FacesActions.attempt(
        () -> taxRules.remove(rule.id(), actor()), texts.get("admin.billing.ruleRemoved"));
  }

  public void saveSeller() {
    FacesActions.attempt(
        () -> seller.change(legalName, address, taxIds, actor()),
        texts.get("admin.billing.sellerSaved"));
  }

  public void uploadLogo() {
    if (logo == null || logo.getSize() == 0) {
      FacesActions.error(texts.get("admin.billing.chooseFile"));
      return;
    }
    if (FacesActions.attempt(
        () -> seller.changeLogo(logo.getContent(), logo.getContentType(), actor()),
        texts.get("admin.billing.logoUploaded"))) {
      hasLogo = true;
    }
  }

  public void removeLogo() {
    if (FacesActions.attempt(
        () -> seller.removeLogo(actor()), texts.get("admin.billing.logoRemoved"))) {
      hasLogo = false;
    }
  }

  private String actor() {
    return currentLogin.login().orElseThrow().name();
  }

  public boolean isHasLogo() {
    return hasLogo;
  }

  public UploadedFile getLogo() {
    return logo;
  }

  public void setLogo(UploadedFile logo) {
    this.logo = logo;
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

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public BigDecimal getRatePercent() {
    return ratePercent;
  }

  public void setRatePercent(BigDecimal ratePercent) {
    this.ratePercent = ratePercent;
  }

  public boolean isCompound() {
    return compound;
  }

  public void setCompound(boolean compound) {
    this.compound = compound;
  }

  public boolean isReverseCharge() {
    return reverseCharge;
  }

  public void setReverseCharge(boolean reverseCharge) {
    this.reverseCharge = reverseCharge;
  }

  public int getPosition() {
    return position;
  }

  public void setPosition(int position) {
    this.position = position;
  }

  public String getLegalName() {
    return legalName;
  }

  public void setLegalName(String legalName) {
    this.legalName = legalName;
  }

  public String getAddress() {
    return address;
  }

  public void setAddress(String address) {
    this.address = address;
  }

  public String getTaxIds() {
    return taxIds;
  }

  public void setTaxIds(String taxIds) {
    this.taxIds = taxIds;
  }
}
