package io.brandcloud.billing.application;

import io.brandcloud.billing.domain.LedgerEntry;
import io.brandcloud.billing.domain.LedgerText;
import io.brandcloud.billing.domain.UsagePeriod;
import io.brandcloud.shared.Money;
import java.io.Serializable;
import java.time.Instant;
import java.util.Currency;
import java.util.Locale;

/**
 * A ledger row as customers and staff see it; a usage charge also names its server and the hour it
 * paid for ({@code usage}, null for other rows).
 */
public record LedgerLine(
    long id,
    String type,
    Money amount,
    LedgerText text,
    String createdBy,
    Instant createdAt,
    UsagePeriod usage)
    implements Serializable {

  public LedgerLine {
    // a page kept in a session from a version before rows kept their wording has none
    text = text == null ? LedgerText.asWritten("") : text;
  }

  static LedgerLine of(LedgerEntry entry, Currency currency, UsagePeriod usage) {
    return new LedgerLine(
        entry.id(),
        entry.type().name(),
        new Money(entry.amount(), currency),
        entry.text(),
        entry.createdBy(),
        entry.createdAt(),
        usage);
  }

  /** What the row says, in English as the ledger keeps it (and the API and exports show it). */
  public String description() {
    return text.english();
  }

  /** What the row says in the reader's language; a person's own words stay as written. */
  public String describedIn(Locale language) {
    return text.in(language);
  }

  /** The end of the hour a usage charge paid for. */
  public Instant usageEnd() {
    return usage == null ? null : usage.periodStart().plusSeconds(3600);
  }
}
