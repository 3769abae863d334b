package io.brandcloud.billing.domain;

import io.brandcloud.shared.Money;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Optional;

/**
 * Turns a month of usage into a proposed invoice. Pure: no database, no clock. Each line is rounded
 * to the currency's minor unit and the total is the sum of the rounded lines, so the printed lines
 * always add up.
 */
public final class InvoiceGenerator {

  public Optional<ProposedInvoice> generate(
      long organisationId,
      Currency currency,
      LocalDate periodStart,
      LocalDate periodEnd,
      List<ServerUsage> usage) {
    return generate(organisationId, currency, periodStart, periodEnd, usage, List.of());
  }

  /**
   * The same, with the period's top-ups listed as payments (ordered by date); being prepaid, they
   * do not change what the usage costs.
   */
  public Optional<ProposedInvoice> generate(
      long organisationId,
      Currency currency,
      LocalDate periodStart,
      LocalDate periodEnd,
      List<ServerUsage> usage,
      List<ProposedInvoice.Payment> payments) {
    List<ServerUsage> billed = usage.stream().filter(u -> u.hours() > 0).toList();
    if (billed.isEmpty()) {
      return Optional.empty();
    }
    List<ProposedInvoice.Line> lines =
        billed.stream()
            .sorted(
                Comparator.comparing(ServerUsage::hostname).thenComparing(ServerUsage::serverId))
            .map(InvoiceGenerator::line)
            .toList();
    Money total =
        lines.stream().map(ProposedInvoice.Line::amount).reduce(Money.zero(currency), Money::plus);
    List<ProposedInvoice.Payment> received =
        payments.stream()
            .sorted(Comparator.comparing(ProposedInvoice.Payment::paidOn))
            .map(
                p ->
                    new ProposedInvoice.Payment(
                        p.paidOn(),
                        p.description(),
                        new Money(p.amount().roundedToMinorUnit(), p.amount().currency())))
            .toList();
    return Optional.of(
        new ProposedInvoice(organisationId, periodStart, periodEnd, lines, total, received));
  }

  private static ProposedInvoice.Line line(ServerUsage usage) {
    String description = usage.hostname() + " (" + usage.planName() + "), " + usage.hours() + " h";
    Money rounded = new Money(usage.amount().roundedToMinorUnit(), usage.amount().currency());
    return new ProposedInvoice.Line(usage.serverId(), description, usage.hours(), rounded);
  }
}
