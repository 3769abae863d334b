package io.brandcloud.web.rest.billing;

import io.brandcloud.billing.application.CreditNoteSummary;
import io.brandcloud.web.rest.ApiMoney;
import java.time.Instant;

/** A correction of an invoice, refunded to the wallet. */
public record ApiCreditNote(
    long id,
    String number,
    long invoiceId,
    String invoiceNumber,
    String reason,
    ApiMoney subtotal,
    ApiMoney taxTotal,
    ApiMoney total,
    Instant issuedAt) {
  static ApiCreditNote of(CreditNoteSummary c) {
    return new ApiCreditNote(
        c.id(),
        c.number(),
        c.invoiceId(),
        c.invoiceNumber(),
        c.reason(),
        ApiMoney.of(c.subtotal()),
        ApiMoney.of(c.taxTotal()),
        ApiMoney.of(c.total()),
        c.issuedAt());
  }
}
