package io.brandcloud.billing.application;

import io.brandcloud.billing.domain.Invoice;
import io.brandcloud.shared.Money;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An issued invoice as the portal and the API list it. */
public record InvoiceSummary(
    long id,
    String number,
    long organisationId,
    LocalDate periodStart,
    LocalDate periodEnd,
    Money total,
    Instant issuedAt,
    List<Line> lines,
    List<Payment> payments) {

  /** A payment received in the period. */
  public record Payment(java.time.LocalDate paidOn, String description, Money amount) {}

  /** One printed line. */
  public record Line(String description, int hours, Money amount) {}

  static InvoiceSummary of(Invoice invoice) {
    return new InvoiceSummary(
        invoice.id(),
        invoice.number(),
        invoice.organisationId(),
        invoice.periodStart(),
        invoice.periodEnd(),
        new Money(invoice.total(), invoice.currency()),
        invoice.issuedAt(),
        invoice.lines().stream()
            .map(
                l ->
                    new Line(l.description(), l.hours(), new Money(l.amount(), invoice.currency())))
            .toList(),
        invoice.payments().stream()
            .map(
                p ->
                    new Payment(
                        p.paidOn(), p.description(), new Money(p.amount(), invoice.currency())))
            .toList());
  }
}
