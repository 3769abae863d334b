package io.brandcloud.billing.domain;

import java.math.BigDecimal;

/** An invoice as paying or voiding it needs it; a subscription term's names the term it bills. */
public record TermInvoice(
    long id,
    String number,
    long organisationId,
    InvoiceStatus status,
    BigDecimal subtotal,
    BigDecimal taxTotal,
    BigDecimal total,
    String sourceReference) {}
