package io.brandcloud.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;

/**
 * A credit note to store, its amounts rounded to the minor unit. The request reference is unique:
 * the same request twice stores one note.
 */
public record NewCreditNote(
    String number,
    long invoiceId,
    long organisationId,
    String reason,
    Currency currency,
    BigDecimal subtotal,
    BigDecimal taxTotal,
    BigDecimal total,
    String requestReference,
    String issuedBy,
    Instant issuedAt,
    String seller) {}
