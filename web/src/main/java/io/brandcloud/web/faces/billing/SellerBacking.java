package io.brandcloud.web.faces.billing;

import io.brandcloud.billing.application.SellerProfile;
import io.brandcloud.billing.domain.Seller;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import org.primefaces.model.file.UploadedFile;

/** The seller's details that invoices print: legal name, address, tax ids and logo. */
@Named
@ViewScoped
public class SellerBacking implements Serializable {

  @EJB SellerProfile seller;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  private String legalName;
  private String address;
  private String taxIds;
  private String invoiceNote;
  private boolean hasLogo;
  private transient UploadedFile logo;

  @PostConstruct
  void load() {
    Seller current = seller.forStaff();
    legalName = current.legalName();
    address = current.address();
    taxIds = current.taxIds();
    invoiceNote = current.invoiceNote();
    hasLogo = current.logo() != null;
  }

  public void save() {
    FacesActions.attempt(
        () -> seller.change(legalName, address, taxIds, invoiceNote, actor()),
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

  public String getInvoiceNote() {
    return invoiceNote;
  }

  public void setInvoiceNote(String invoiceNote) {
    this.invoiceNote = invoiceNote;
  }

  public String getTaxIds() {
    return taxIds;
  }

  public void setTaxIds(String taxIds) {
    this.taxIds = taxIds;
  }
}
