package io.brandcloud.mail;

import io.brandcloud.shared.Money;

/** An hourly price for a message, written with up to four decimals where a cent is too coarse. */
public record PerHour(Money amount) {}
