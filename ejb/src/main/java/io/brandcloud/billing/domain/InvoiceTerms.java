package io.brandcloud.billing.domain;

import java.time.Instant;
import java.time.LocalDate;

/**
 * How an invoice is issued: its kind and status, when it is due, when it was paid, and for a
 * subscription's term which subscription and term it bills (the source reference, unique).
 */
public record InvoiceTerms(
    InvoiceKind kind,
    InvoiceStatus status,
    LocalDate dueOn,
    Instant paidAt,
    Long subscriptionId,
    String sourceReference) {

  /** A month of prepaid usage: paid when issued. */
  public static InvoiceTerms usage(Instant issuedAt) {
    return new InvoiceTerms(InvoiceKind.USAGE, InvoiceStatus.PAID, null, issuedAt, null, null);
  }

  /** A subscription's term, paid now ({@code paidAt}) or open until {@code dueOn}. */
  public static InvoiceTerms term(
      long subscriptionId, String sourceReference, LocalDate dueOn, Instant paidAt) {
    return new InvoiceTerms(
        InvoiceKind.SUBSCRIPTION,
        paidAt == null ? InvoiceStatus.OPEN : InvoiceStatus.PAID,
        dueOn,
        paidAt,
        subscriptionId,
        sourceReference);
  }
}
