package io.brandcloud.settings;

/**
 * A tenant's own settings, changed by its admins; {@code priceNoticeDays} is how long before a
 * subscription moves to a new price its customer is told, {@code renewalInvoiceDays} how many days
 * before a term ends its renewal is invoiced (0: the day it is due), {@code invoiceReminderDays}
 * how many days before and after an open invoice is due its customer is reminded (0: never).
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
    int invoiceReminderDays) {}
