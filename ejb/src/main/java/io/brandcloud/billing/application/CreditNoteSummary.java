package io.brandcloud.billing.application;

import io.brandcloud.billing.domain.CreditNote;
import io.brandcloud.shared.Money;
import java.time.Instant;

/** A credit note as the portal, the API and the PDF show it. */
public record CreditNoteSummary(
    long id,
    String number,
    long invoiceId,
    String invoiceNumber,
    long organisationId,
    String reason,
    Money subtotal,
    Money taxTotal,
    Money total,
    String seller,
    String issuedBy,
    Instant issuedAt) {

  static CreditNoteSummary of(CreditNote note, String invoiceNumber) {
    return new CreditNoteSummary(
        note.id(),
        note.number(),
        note.invoiceId(),
        invoiceNumber,
        note.organisationId(),
        note.reason(),
        new Money(note.subtotal(), note.currency()),
        new Money(note.taxTotal(), note.currency()),
        new Money(note.total(), note.currency()),
        note.seller(),
        note.issuedBy(),
        note.issuedAt());
  }
}
