package io.brandcloud.billing.domain;

/** An invoice with the number it is issued under, and how it is issued. */
public record NumberedInvoice(String number, ProposedInvoice invoice, InvoiceTerms terms) {}
