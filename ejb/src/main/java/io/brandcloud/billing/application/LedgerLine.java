package io.brandcloud.billing.application;

import io.brandcloud.billing.domain.LedgerEntry;
import io.brandcloud.billing.domain.UsagePeriod;
import io.brandcloud.shared.Money;
import java.io.Serializable;
import java.time.Instant;
import java.util.Currency;

/**
 * A ledger row as customers and staff see it; a usage charge also names its server and the hour it
 * paid for ({@code usage}, null for other rows).
 */
public record LedgerLine(
    long id,
    String type,
    Money amount,
    String description,
    String createdBy,
    Instant createdAt,
    UsagePeriod usage)
    implements Serializable {

  static LedgerLine of(LedgerEntry entry, Currency currency, UsagePeriod usage) {
    return new LedgerLine(
        entry.id(),
        entry.type().name(),
        new Money(entry.amount(), currency),
        entry.description(),
        entry.createdBy(),
        entry.createdAt(),
        usage);
  }

  /** The end of the hour a usage charge paid for. */
  public Instant usageEnd() {
    return usage == null ? null : usage.periodStart().plusSeconds(3600);
  }
}
