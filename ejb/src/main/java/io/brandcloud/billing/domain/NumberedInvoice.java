package io.brandcloud.billing.domain;

/** An invoice with the number it is issued under. */
public record NumberedInvoice(String number, ProposedInvoice invoice) {}
