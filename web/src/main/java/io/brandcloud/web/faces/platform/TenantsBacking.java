package io.brandcloud.web.faces.platform;

import io.brandcloud.platform.application.CreatedTenant;
import io.brandcloud.platform.application.TenantDraft;
import io.brandcloud.platform.application.TenantView;
import io.brandcloud.platform.application.Tenants;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.security.Credentials;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** The operator's tenant list: create, edit, suspend and reactivate. */
@Named
@ViewScoped
public class TenantsBacking implements Serializable {

  @EJB Tenants tenants;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  /**
   * The edge already admits operators only; a view reached any other way must not render either.
   */
  @PostConstruct
  void requireOperator() {
    currentLogin.require(Credentials.OPERATOR_GROUP);
  }

  private Long editingId;
  private String slug;
  private String name;
  private String currency = "EUR";
  private String timeZone = "UTC";
  private String productName;
  private String primaryColor = "#2f9e44";
  private String logoUrl;
  private boolean darkTheme;
  private String domains;
  private String adminEmail;
  private CreatedTenant created;

  public List<TenantView> getTenants() {
    return tenants.all();
  }

  public void save() {
    TenantDraft draft =
        new TenantDraft(
            slug,
            name,
            currency,
            timeZone,
            productName,
            primaryColor,
            logoUrl,
            domainList(),
            adminEmail,
            null,
            darkTheme,
            null);
    if (editingId == null) {
      if (FacesActions.attempt(
          () -> created = tenants.create(draft), texts.format("platform.tenants.created", slug))) {
        CreatedTenant shown = created;
        startNew();
        created = shown;
      }
    } else {
      FacesActions.attempt(
          () -> tenants.update(editingId, draft), texts.format("platform.tenants.saved", slug));
    }
  }

  public void edit(TenantView tenant) {
    editingId = tenant.id();
    slug = tenant.slug();
    name = tenant.name();
    currency = tenant.currency();
    timeZone = tenant.timeZone();
    productName = tenant.productName();
    primaryColor = tenant.primaryColor();
    logoUrl = tenant.logoUrl();
    darkTheme = tenant.darkTheme();
    domains = String.join(", ", tenant.domains());
    created = null;
  }

  public void startNew() {
    editingId = null;
    slug = name = productName = logoUrl = domains = adminEmail = null;
    darkTheme = false;
    currency = "EUR";
    timeZone = "UTC";
    primaryColor = "#2f9e44";
    created = null;
  }

  public void suspend(TenantView tenant) {
    FacesActions.attempt(
        () -> tenants.suspend(tenant.id()),
        texts.format("platform.tenants.suspended", tenant.slug()));
  }

  public void activate(TenantView tenant) {
    FacesActions.attempt(
        () -> tenants.activate(tenant.id()),
        texts.format("platform.tenants.reactivated", tenant.slug()));
  }

  /** Shown once after creation; gone when the view is left. */
  public CreatedTenant getCreated() {
    return created;
  }

  public boolean isEditing() {
    return editingId != null;
  }

  private List<String> domainList() {
    return domains == null
        ? List.of()
        : Arrays.stream(domains.split("[,\\s]+")).filter(d -> !d.isBlank()).toList();
  }

  public String getSlug() {
    return slug;
  }

  public void setSlug(String slug) {
    this.slug = slug;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getCurrency() {
    return currency;
  }

  public void setCurrency(String currency) {
    this.currency = currency;
  }

  public String getTimeZone() {
    return timeZone;
  }

  public void setTimeZone(String timeZone) {
    this.timeZone = timeZone;
  }

  public String getProductName() {
    return productName;
  }

  public void setProductName(String productName) {
    this.productName = productName;
  }

  public String getPrimaryColor() {
    return primaryColor;
  }

  public void setPrimaryColor(String primaryColor) {
    this.primaryColor = primaryColor;
  }

  public String getLogoUrl() {
    return logoUrl;
  }

  public void setLogoUrl(String logoUrl) {
    this.logoUrl = logoUrl;
  }

  public boolean isDarkTheme() {
    return darkTheme;
  }

  public void setDarkTheme(boolean darkTheme) {
    this.darkTheme = darkTheme;
  }

  public String getDomains() {
    return domains;
  }

  public void setDomains(String domains) {
    this.domains = domains;
  }

  public String getAdminEmail() {
    return adminEmail;
  }

  public void setAdminEmail(String adminEmail) {
    this.adminEmail = adminEmail;
  }
}
