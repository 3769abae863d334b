package io.brandcloud.billing.domain;

import java.math.BigDecimal;
import java.util.Currency;

/**
 * An invoice a credit note is about to correct: its number, currency and amounts, and the sums of
 * the notes issued on it so far.
 */
public record CreditedInvoice(
    String number,
    InvoiceStatus status,
    Currency currency,
    BigDecimal subtotal,
    BigDecimal taxTotal,
    BigDecimal creditedSubtotal,
    BigDecimal creditedTaxTotal) {}
