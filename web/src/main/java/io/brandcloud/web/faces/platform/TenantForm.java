package io.brandcloud.web.faces.platform;

import io.brandcloud.platform.application.TenantDraft;
import io.brandcloud.platform.application.TenantView;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;

/** What the operator types for a tenant: a new one starts with the platform's defaults. */
public class TenantForm implements Serializable {

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

  static TenantForm of(TenantView tenant) {
    TenantForm form = new TenantForm();
    form.slug = tenant.slug();
    form.name = tenant.name();
    form.currency = tenant.currency();
    form.timeZone = tenant.timeZone();
    form.productName = tenant.productName();
    form.primaryColor = tenant.primaryColor();
    form.logoUrl = tenant.logoUrl();
    form.darkTheme = tenant.darkTheme();
    form.domains = String.join(", ", tenant.domains());
    return form;
  }

  TenantDraft draft() {
    return new TenantDraft(
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
