package io.brandcloud.settings;

/**
 * A tenant's own settings, changed by its admins; {@code priceNoticeDays} is how long before a
 * subscription moves to a new price its customer is told, {@code renewalInvoiceDays} how many days
 * before a term ends its renewal is invoiced (0: the day it is due), {@code invoiceReminderDays}
 * how many days before and after an open invoice is due its customer is reminded (0: never), {@code
 * closedBalance} what becomes of a closed organisation's positive balance ({@link #KEEP} or {@link
 * #REFUND}).
 */
public record Settings(
    int apiRequestsPerMinute,
    boolean staffTwoFactorRequired,
    int lowBalanceHours,
    int graceHours,
    int retentionDays,
    boolean displayCredits,
    String locale,
    int priceNoticeDays,
    int renewalInvoiceDays,
    int invoiceReminderDays,
    String closedBalance) {

  /** A closed organisation's balance stays on its wallet as a credit. */
  public static final String KEEP = "keep";

  /** A closed organisation's balance goes back to the cards it came from. */
  public static final String REFUND = "refund";

  public boolean refundsClosedBalances() {
    return REFUND.equals(closedBalance);
  }
}
