package io.brandcloud.billing.application;

import io.brandcloud.billing.domain.TermInvoiceGenerator;
import io.brandcloud.shared.Money;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * A term to bill: the ledger's charge (the term with any set-up fee) and discount, and the items
 * the invoice prints (a discount negative).
 */
public record TermBill(
    long organisationId,
    long subscriptionId,
    LocalDate termStart,
    LocalDate termEnd,
    String reference,
    WalletLine charge,
    Optional<WalletLine> discount,
    List<TermInvoiceGenerator.Item> items) {

  public Money net() {
    return charge.amount().minus(discount.map(WalletLine::amount).orElse(zero()));
  }

  private Money zero() {
    return Money.zero(charge.amount().currency());
  }
}
