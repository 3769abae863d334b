package io.brandcloud.web.rest.billing;

import io.brandcloud.billing.application.InvoiceSummary;
import io.brandcloud.web.rest.ApiMoney;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * An invoice with its lines, taxes, payments and credit notes: {@code kind} is {@code usage} (a
 * month of hourly servers) or {@code subscription} (one term, {@code subscriptionId} names it);
 * {@code status} is {@code open} (due on {@code dueOn}), {@code paid} or {@code void}.
 */
public record ApiInvoice(
    long id,
    String number,
    String kind,
    String status,
    LocalDate dueOn,
    Long subscriptionId,
    String billedTo,
    LocalDate periodStart,
    LocalDate periodEnd,
    ApiMoney subtotal,
    List<ApiTax> taxes,
    ApiMoney taxTotal,
    String taxNote,
    ApiMoney total,
    Instant issuedAt,
    List<ApiLine> lines,
    List<ApiPayment> payments,
    List<ApiCreditNote> creditNotes) {
  static ApiInvoice of(InvoiceSummary i) {
    return new ApiInvoice(
        i.id(),
        i.number(),
        i.kind().name().toLowerCase(Locale.ROOT),
        i.status().wireName(),
        i.dueOn(),
        i.subscriptionId(),
        i.billedTo(),
        i.periodStart(),
        i.periodEnd(),
        ApiMoney.of(i.subtotal()),
        i.taxes().stream()
            .map(
                t ->
                    new ApiTax(
                        t.name(),
                        t.ratePercent().toPlainString(),
                        t.compound(),
                        ApiMoney.of(t.amount())))
            .toList(),
        ApiMoney.of(i.taxTotal()),
        i.taxNote(),
        ApiMoney.of(i.total()),
        i.issuedAt(),
        i.lines().stream()
            .map(l -> new ApiLine(l.description(), l.hours(), ApiMoney.of(l.amount())))
            .toList(),
        i.payments().stream()
            .map(p -> new ApiPayment(p.paidOn(), p.description(), ApiMoney.of(p.amount())))
            .toList(),
        i.creditNotes().stream().map(ApiCreditNote::of).toList());
  }
}
