package io.brandcloud.billing.application;

import io.brandcloud.billing.domain.Invoice;
import io.brandcloud.billing.domain.InvoiceKind;
import io.brandcloud.billing.domain.InvoiceStatus;
import io.brandcloud.billing.domain.LedgerText;
import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * An issued invoice as the portal, the API and the PDF show it, with its credit notes, and whether
 * it is paid.
 */
public record InvoiceSummary(
    long id,
    String number,
    long organisationId,
    String billedTo,
    String seller,
    String sellerNote,
    LocalDate periodStart,
    LocalDate periodEnd,
    Money subtotal,
    List<Tax> taxes,
    Money taxTotal,
    String taxNote,
    Money total,
    Instant issuedAt,
    List<Line> lines,
    List<Payment> payments,
    List<CreditNoteSummary> creditNotes,
    InvoiceKind kind,
    InvoiceStatus status,
    LocalDate dueOn,
    Long subscriptionId) {

  /** An invoice the customer still has to pay. */
  public boolean open() {
    return status == InvoiceStatus.OPEN;
  }

  /**
   * Whether the customer can pay it on {@code today}: an open invoice staff wrote, or a
   * subscription's renewal that is due (one invoiced ahead is paid by the renewal itself).
   */
  public boolean payableOn(LocalDate today) {
    return open() && (subscriptionId == null || dueOn == null || !dueOn.isAfter(today));
  }

  /** A payment received in the period, as its ledger row says it. */
  public record Payment(LocalDate paidOn, LedgerText text, Money amount) {

    public String description() {
      return text.english();
    }
  }

  /** One printed line. */
  public record Line(LedgerText text, int hours, Money amount) {

    public String description() {
      return text.english();
    }
  }

  /** One tax charged. */
  public record Tax(String name, BigDecimal ratePercent, boolean compound, Money amount) {}

  static InvoiceSummary of(Invoice invoice, List<CreditNoteSummary> creditNotes) {
    Currency currency = invoice.currency();
    return new InvoiceSummary(
        invoice.id(),
        invoice.number(),
        invoice.organisationId(),
        invoice.billedTo(),
        invoice.seller(),
        invoice.sellerNote(),
        invoice.periodStart(),
        invoice.periodEnd(),
        new Money(invoice.subtotal(), currency),
        invoice.taxes().stream()
            .map(
                t ->
                    new Tax(
                        t.name(),
                        t.ratePercent().stripTrailingZeros(),
                        t.compound(),
                        new Money(t.amount(), currency)))
            .toList(),
        new Money(invoice.taxTotal(), currency),
        invoice.taxNote(),
        new Money(invoice.total(), currency),
        invoice.issuedAt(),
        invoice.lines().stream()
            .map(l -> new Line(l.text(), l.hours(), new Money(l.amount(), currency)))
            .toList(),
        invoice.payments().stream()
            .map(p -> new Payment(p.paidOn(), p.text(), new Money(p.amount(), currency)))
            .toList(),
        creditNotes,
        invoice.kind(),
        invoice.status(),
        invoice.dueOn(),
        invoice.subscriptionId());
  }
}
