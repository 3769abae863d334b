package io.brandcloud.billing.application;

import io.brandcloud.billing.domain.LedgerText;
import io.brandcloud.shared.Money;

/** One line a payment books: its amount (not negative), what it is, and its unique reference. */
public record WalletLine(Money amount, LedgerText text, String reference) {

  /** A line whose text is kept as written, in every language. */
  public WalletLine(Money amount, String what, String reference) {
    this(amount, LedgerText.asWritten(what), reference);
  }

  public String what() {
    return text.english();
  }
}
