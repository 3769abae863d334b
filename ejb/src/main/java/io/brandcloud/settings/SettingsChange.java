package io.brandcloud.settings;

/** What an admin changes; every null field stays as it is. */
public record SettingsChange(
    Integer apiRequestsPerMinute,
    Boolean staffTwoFactorRequired,
    Integer lowBalanceHours,
    Integer graceHours,
    Integer retentionDays,
    Boolean displayCredits,
    String locale,
    Integer priceNoticeDays,
    Integer renewalInvoiceDays) {

  /** A change that leaves when renewals are invoiced as it is. */
  public SettingsChange(
      Integer apiRequestsPerMinute,
      Boolean staffTwoFactorRequired,
      Integer lowBalanceHours,
      Integer graceHours,
      Integer retentionDays,
      Boolean displayCredits,
      String locale,
      Integer priceNoticeDays) {
    this(
        apiRequestsPerMinute,
        staffTwoFactorRequired,
        lowBalanceHours,
        graceHours,
        retentionDays,
        displayCredits,
        locale,
        priceNoticeDays,
        null);
  }

  public static SettingsChange apiRequestsPerMinute(int perMinute) {
    return new SettingsChange(perMinute, null, null, null, null, null, null, null);
  }

  public static SettingsChange staffTwoFactorRequired(boolean required) {
    return new SettingsChange(null, required, null, null, null, null, null, null);
  }
}
