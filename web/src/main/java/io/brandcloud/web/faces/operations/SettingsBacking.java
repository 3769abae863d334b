package io.brandcloud.web.faces.operations;

import io.brandcloud.access.StaffPermission;
import io.brandcloud.settings.Settings;
import io.brandcloud.settings.SettingsChange;
import io.brandcloud.settings.TenantSettings;
import io.brandcloud.tenancy.CurrentTenant;
import io.brandcloud.web.faces.shared.FacesActions;
import io.brandcloud.web.faces.shared.StaffPermissions;
import io.brandcloud.web.faces.shared.Texts;
import io.brandcloud.web.rest.RateLimits;
import io.brandcloud.web.security.CurrentLogin;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/**
 * The tenant's settings as its admins change them: the API's rate limit, the staff's second factor,
 * when customers are warned, suspended and deleted for an unpaid balance, credits or money, and the
 * language of its mail.
 */
@Named
@ViewScoped
public class SettingsBacking implements Serializable {

  @EJB TenantSettings settings;
  @Inject RateLimits rateLimits;
  @Inject CurrentLogin currentLogin;
  @Inject Texts texts;

  private Integer apiRequestsPerMinute;
  private boolean staffTwoFactorRequired;
  private Integer lowBalanceHours;
  private Integer graceHours;
  private Integer retentionDays;
  private boolean displayCredits;
  private String locale;

  @PostConstruct
  void load() {
    show(settings.forStaff());
  }

  public void save() {
    if (!StaffPermissions.allowed(StaffPermission.SETTINGS_MANAGE)) {
      return;
    }
    SettingsChange change =
        new SettingsChange(
            apiRequestsPerMinute,
            staffTwoFactorRequired,
            lowBalanceHours,
            graceHours,
            retentionDays,
            displayCredits,
            locale);
    String actor = currentLogin.login().orElseThrow().name();
    if (FacesActions.attempt(
        () -> show(settings.change(change, actor)), texts.get("admin.settings.saved"))) {
      rateLimits.forget(CurrentTenant.require());
    }
  }

  private void show(Settings current) {
    apiRequestsPerMinute = current.apiRequestsPerMinute();
    staffTwoFactorRequired = current.staffTwoFactorRequired();
    lowBalanceHours = current.lowBalanceHours();
    graceHours = current.graceHours();
    retentionDays = current.retentionDays();
    displayCredits = current.displayCredits();
    locale = current.locale();
  }

  public Integer getApiRequestsPerMinute() {
    return apiRequestsPerMinute;
  }

  public void setApiRequestsPerMinute(Integer apiRequestsPerMinute) {
    this.apiRequestsPerMinute = apiRequestsPerMinute;
  }

  public boolean isStaffTwoFactorRequired() {
    return staffTwoFactorRequired;
  }

  public void setStaffTwoFactorRequired(boolean staffTwoFactorRequired) {
    this.staffTwoFactorRequired = staffTwoFactorRequired;
  }

  public Integer getLowBalanceHours() {
    return lowBalanceHours;
  }

  public void setLowBalanceHours(Integer lowBalanceHours) {
    this.lowBalanceHours = lowBalanceHours;
  }

  public Integer getGraceHours() {
    return graceHours;
  }

  public void setGraceHours(Integer graceHours) {
    this.graceHours = graceHours;
  }

  public Integer getRetentionDays() {
    return retentionDays;
  }

  public void setRetentionDays(Integer retentionDays) {
    this.retentionDays = retentionDays;
  }

  public boolean isDisplayCredits() {
    return displayCredits;
  }

  public void setDisplayCredits(boolean displayCredits) {
    this.displayCredits = displayCredits;
  }

  public String getLocale() {
    return locale;
  }

  public void setLocale(String locale) {
    this.locale = locale;
  }
}
