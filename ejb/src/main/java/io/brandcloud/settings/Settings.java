package io.brandcloud.settings;

/** A tenant's own settings, changed by its admins. */
public record Settings(
    int apiRequestsPerMinute,
    boolean staffTwoFactorRequired,
    int lowBalanceHours,
    int graceHours,
    int retentionDays,
    boolean displayCredits,
    String locale) {}
