package io.brandcloud.web.faces.operations;

import io.brandcloud.settings.Settings;
import io.brandcloud.settings.SettingsChange;
import java.io.Serializable;

/** The tenant's settings as the settings page types them. */
public class SettingsForm implements Serializable {

  private Integer apiRequestsPerMinute;
  private boolean staffTwoFactorRequired;
  private Integer lowBalanceHours;
  private Integer graceHours;
  private Integer retentionDays;
  private boolean displayCredits;
  private String locale;
  private Integer priceNoticeDays;
  private Integer renewalInvoiceDays;
  private Integer invoiceReminderDays;
  private String closedBalance;

  void show(Settings current) {
    apiRequestsPerMinute = current.apiRequestsPerMinute();
    staffTwoFactorRequired = current.staffTwoFactorRequired();
    lowBalanceHours = current.lowBalanceHours();
    graceHours = current.graceHours();
    retentionDays = current.retentionDays();
    displayCredits = current.displayCredits();
    locale = current.locale();
    priceNoticeDays = current.priceNoticeDays();
    renewalInvoiceDays = current.renewalInvoiceDays();
    invoiceReminderDays = current.invoiceReminderDays();
    closedBalance = current.closedBalance();
  }

  SettingsChange change() {
    return new SettingsChange(
        apiRequestsPerMinute,
        staffTwoFactorRequired,
        lowBalanceHours,
        graceHours,
        retentionDays,
        displayCredits,
        locale,
        priceNoticeDays,
        renewalInvoiceDays,
        invoiceReminderDays,
        closedBalance);
  }

  public String getClosedBalance() {
    return closedBalance;
  }

  public void setClosedBalance(String closedBalance) {
    this.closedBalance = closedBalance;
  }

  public Integer getInvoiceReminderDays() {
    return invoiceReminderDays;
  }

  public void setInvoiceReminderDays(Integer invoiceReminderDays) {
    this.invoiceReminderDays = invoiceReminderDays;
  }

  public Integer getRenewalInvoiceDays() {
    return renewalInvoiceDays;
  }

  public void setRenewalInvoiceDays(Integer renewalInvoiceDays) {
    this.renewalInvoiceDays = renewalInvoiceDays;
  }

  public Integer getPriceNoticeDays() {
    return priceNoticeDays;
  }

  public void setPriceNoticeDays(Integer priceNoticeDays) {
    this.priceNoticeDays = priceNoticeDays;
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
