package io.brandcloud.billing.domain;

import io.brandcloud.shared.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * An invoice as the generator proposes it: lines and total rounded to the currency's minor unit.
 */
public record ProposedInvoice(
    long organisationId,
    LocalDate periodStart,
    LocalDate periodEnd,
    List<Line> lines,
    Money total,
    List<Payment> payments) {

  public ProposedInvoice {
    lines = List.copyOf(lines);
    payments = List.copyOf(payments);
  }

  /** A top-up received in the period, rounded to the minor unit. */
  public record Payment(LocalDate paidOn, String description, Money amount) {}

  /** A line per server: hours and the amount rounded to the minor unit. */
  public record Line(Long serverId, String description, int hours, Money amount) {}
}
