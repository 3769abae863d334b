package io.brandcloud.billing.application;

import io.brandcloud.billing.domain.InvoiceKind;
import io.brandcloud.billing.domain.InvoiceStatus;
import io.brandcloud.billing.domain.LedgerText;
import io.brandcloud.billing.domain.LedgerWording;
import io.brandcloud.billing.domain.Seller;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.pdf.DocumentTexts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/**
 * A made-up invoice for last month, in the reader's language and the shop's currency, so staff see
 * how their customers' invoices look (brand, seller's details and note) before any is issued.
 */
public final class SampleInvoice {

  private SampleInvoice() {}

  public static InvoiceSummary of(
      DocumentTexts texts, Currency currency, Seller seller, Instant now, ZoneId zone) {
    YearMonth month = YearMonth.from(now.atZone(zone)).minusMonths(1);
    LocalDate start = month.atDay(1);
    LocalDate end = month.atEndOfMonth();
    int hours = month.lengthOfMonth() * 24;
    Money server = money("0.016", currency, hours);
    Money backups = money("0.0033", currency, hours);
    Money total = server.plus(backups);
    return new InvoiceSummary(
        0,
        texts.text("sample.number"),
        0,
        texts.text("sample.billedTo"),
        null,
        seller.invoiceNote(),
        start,
        end,
        total,
        List.of(),
        Money.zero(currency),
        null,
        total,
        end.plusDays(1).atStartOfDay(zone).toInstant(),
        List.of(
            new InvoiceSummary.Line(
                LedgerText.asWritten(texts.text("sample.server")), hours, server),
            new InvoiceSummary.Line(
                LedgerText.asWritten(texts.text("sample.backups")), hours, backups)),
        List.of(
            new InvoiceSummary.Payment(
                start.plusDays(2),
                LedgerWording.TOP_UP.with("test"),
                new Money(new BigDecimal("20.00"), currency))),
        List.of(),
        InvoiceKind.USAGE,
        InvoiceStatus.PAID,
        null,
        null);
  }

  private static Money money(String hourly, Currency currency, int hours) {
    return new Money(
        new BigDecimal(hourly)
            .multiply(BigDecimal.valueOf(hours))
            .setScale(2, RoundingMode.HALF_UP),
        currency);
  }
}
