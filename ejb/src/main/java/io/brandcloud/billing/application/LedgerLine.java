package io.brandcloud.billing.application;

import io.brandcloud.billing.domain.LedgerEntry;
import io.brandcloud.shared.Money;
import java.time.Instant;
import java.util.Currency;

/** A ledger row as customers and staff see it. */
public record LedgerLine(
    long id, String type, Money amount, String description, String createdBy, Instant createdAt) {

  static LedgerLine of(LedgerEntry entry, Currency currency) {
    return new LedgerLine(
        entry.id(),
        entry.type().name(),
        new Money(entry.amount(), currency),
        entry.description(),
        entry.createdBy(),
        entry.createdAt());
  }
}
