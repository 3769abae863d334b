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
    Integer renewalInvoiceDays,
    Integer invoiceReminderDays,
    String closedBalance) {

  private static final SettingsChange NOTHING =
      new SettingsChange(null, null, null, null, null, null, null, null, null, null, null);

  public static SettingsChange apiRequestsPerMinute(int perMinute) {
    return NOTHING.with(perMinute, null, null, null, null, null);
  }

  public static SettingsChange staffTwoFactorRequired(boolean required) {
    return new SettingsChange(null, required, null, null, null, null, null, null, null, null, null);
  }

  /** How long an unpaid customer keeps running, and how long after that their servers are kept. */
  public static SettingsChange dunning(int graceHours, int retentionDays) {
    return NOTHING.with(null, graceHours, retentionDays, null, null, null);
  }

  public static SettingsChange renewalInvoiceDays(int days) {
    return NOTHING.with(null, null, null, null, days, null);
  }

  /** What becomes of a closed organisation's positive balance: {@link Settings#KEEP} or refund. */
  public static SettingsChange closedBalance(String outcome) {
    return new SettingsChange(null, null, null, null, null, null, null, null, null, null, outcome);
  }

  public static SettingsChange invoiceReminderDays(int days) {
    return NOTHING.with(null, null, null, null, null, days);
  }

  private SettingsChange with(
      Integer perMinute,
      Integer grace,
      Integer retention,
      Integer priceNotice,
      Integer renewalInvoice,
      Integer invoiceReminder) {
    return new SettingsChange(
        perMinute,
        null,
        null,
        grace,
        retention,
        null,
        null,
        priceNotice,
        renewalInvoice,
        invoiceReminder,
        null);
  }
}
