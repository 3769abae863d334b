package io.brandcloud.billing.domain;

import java.math.BigDecimal;

/** A subscription term's invoice as paying or voiding it needs it. */
public record TermInvoice(
    long id,
    String number,
    long organisationId,
    InvoiceStatus status,
    BigDecimal subtotal,
    BigDecimal taxTotal,
    BigDecimal total) {}
