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
    return Optional.of(new ProposedInvoice(organisationId, periodStart, periodEnd, lines, total));
  }

  private static ProposedInvoice.Line line(ServerUsage usage) {
    String description = usage.hostname() + " (" + usage.planName() + "), " + usage.hours() + " h";
    Money rounded = new Money(usage.amount().roundedToMinorUnit(), usage.amount().currency());
    return new ProposedInvoice.Line(usage.serverId(), description, usage.hours(), rounded);
  }
}
