package io.brandcloud.billing.application;

import io.brandcloud.shared.Money;

/** One line a payment books: its amount (not negative), what it is, and its unique reference. */
public record WalletLine(Money amount, String what, String reference) {}
