package io.brandcloud.billing.domain;

/** A credit note with the number of the invoice it corrects. */
public record CreditNoteOfInvoice(CreditNote note, String invoiceNumber) {}
