package io.brandcloud.billing.domain;

import io.brandcloud.shared.Money;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * Turns a subscription's term into a proposed invoice. Pure. Each item (the term, its set-up fee, a
 * coupon's discount as a negative item) is rounded to the minor unit, the subtotal is their sum,
 * and the tenant's tax policy adds the taxes on the subtotal, as on a month's usage.
 */
public final class TermInvoiceGenerator {

  private final Currency currency;
  private final TaxPolicy taxes;

  public TermInvoiceGenerator(Currency currency, TaxPolicy taxes) {
    this.currency = currency;
    this.taxes = taxes;
  }

  /** One printed item; a discount is negative. */
  public record Item(LedgerText text, Money amount) {

    /** A line as staff wrote it. */
    public Item(String description, Money amount) {
      this(LedgerText.asWritten(description), amount);
    }
  }

  public ProposedInvoice generate(
      long organisationId,
      BillingParty billedTo,
      LocalDate termStart,
      LocalDate termEnd,
      List<Item> items) {
    if (items.isEmpty()) {
      throw new IllegalArgumentException("A term's invoice has at least one item");
    }
    List<ProposedInvoice.Line> lines =
        items.stream()
            .map(
                i ->
                    new ProposedInvoice.Line(
                        null, i.text(), 0, new Money(i.amount().roundedToMinorUnit(), currency)))
            .toList();
    Money subtotal =
        lines.stream().map(ProposedInvoice.Line::amount).reduce(Money.zero(currency), Money::plus);
    if (subtotal.isNegative()) {
      throw new IllegalArgumentException("A term's invoice is not negative: " + subtotal);
    }
    TaxAssessment tax = taxes.assess(billedTo, subtotal);
    return new ProposedInvoice(
        organisationId,
        billedTo,
        termStart,
        termEnd.minusDays(1),
        lines,
        subtotal,
        tax,
        subtotal.plus(tax.total(currency)),
        List.of());
  }
}
