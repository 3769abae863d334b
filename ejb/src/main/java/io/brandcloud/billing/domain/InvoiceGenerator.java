package io.brandcloud.billing.domain;

import io.brandcloud.shared.Money;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Turns a month of usage into a proposed invoice. Pure: no database, no clock. Each line is rounded
 * to the currency's minor unit and the subtotal is the sum of the rounded lines, so the printed
 * lines always add up; the tenant's tax policy then adds the taxes on the subtotal.
 */
public final class InvoiceGenerator {

  private final Currency currency;
  private final TaxPolicy taxes;

  public InvoiceGenerator(Currency currency, TaxPolicy taxes) {
    this.currency = currency;
    this.taxes = taxes;
  }

  /**
   * The period's top-ups are listed as payments (ordered by date); being prepaid, they do not
   * change what the usage costs.
   */
  public Optional<ProposedInvoice> generate(
      long organisationId,
      BillingParty billedTo,
      LocalDate periodStart,
      LocalDate periodEnd,
      List<ServerUsage> usage,
      List<ProposedInvoice.Payment> payments) {
    return generate(organisationId, billedTo, periodStart, periodEnd, usage, List.of(), payments);
  }

  /** As above, with the month's {@code charges} that are no server's after the servers' lines. */
  public Optional<ProposedInvoice> generate(
      long organisationId,
      BillingParty billedTo,
      LocalDate periodStart,
      LocalDate periodEnd,
      List<ServerUsage> usage,
      List<ProposedInvoice.Line> charges,
      List<ProposedInvoice.Payment> payments) {
    List<ServerUsage> billed = usage.stream().filter(u -> u.hours() > 0).toList();
    if (billed.isEmpty() && charges.isEmpty()) {
      return Optional.empty();
    }
    List<ProposedInvoice.Line> lines = new ArrayList<>();
    billed.stream()
        .sorted(Comparator.comparing(ServerUsage::hostname).thenComparing(ServerUsage::serverId))
        .map(InvoiceGenerator::line)
        .forEach(lines::add);
    charges.stream()
        .map(c -> new ProposedInvoice.Line(c.serverId(), c.text(), c.hours(), rounded(c.amount())))
        .forEach(lines::add);
    Money subtotal =
        lines.stream().map(ProposedInvoice.Line::amount).reduce(Money.zero(currency), Money::plus);
    TaxAssessment tax = taxes.assess(billedTo, subtotal);
    List<ProposedInvoice.Payment> received =
        payments.stream()
            .sorted(Comparator.comparing(ProposedInvoice.Payment::paidOn))
            .map(p -> new ProposedInvoice.Payment(p.paidOn(), p.text(), rounded(p.amount())))
            .toList();
    return Optional.of(
        new ProposedInvoice(
            organisationId,
            billedTo,
            periodStart,
            periodEnd,
            lines,
            subtotal,
            tax,
            subtotal.plus(tax.total(currency)),
            received));
  }

  private static ProposedInvoice.Line line(ServerUsage usage) {
    return new ProposedInvoice.Line(
        usage.serverId(), usage.text(), usage.hours(), rounded(usage.amount()));
  }

  private static Money rounded(Money money) {
    return new Money(money.roundedToMinorUnit(), money.currency());
  }
}
