package io.brandcloud.bench;

import io.brandcloud.billing.application.InvoicePdf;
import io.brandcloud.billing.application.InvoiceSummary;
import io.brandcloud.billing.domain.InvoiceKind;
import io.brandcloud.billing.domain.InvoiceStatus;
import io.brandcloud.billing.domain.LedgerWording;
import io.brandcloud.billing.domain.Seller;
import io.brandcloud.it.TestImages;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.pdf.DocumentTexts;
import io.brandcloud.tenancy.Brand;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Renders one invoice PDF (ten server lines, a payment, brand colour) many times in one JVM and
 * prints the time per PDF after warm-up: {@code invoice-pdf renders=… mean_ms=… p95_ms=… bytes=…}.
 */
public final class InvoicePdfBenchmark {

  private InvoicePdfBenchmark() {}

  public static void main(String[] args) {
    int renders = Integer.getInteger("bench.renders", 2000);
    Currency eur = Currency.getInstance("EUR");
    List<InvoiceSummary.Line> lines = new ArrayList<>();
    for (int i = 1; i <= 10; i++) {
      lines.add(
          new InvoiceSummary.Line(
              LedgerWording.SERVER_LINE.with("web-" + i, "Standard 2 GB", "720"),
              720,
              new Money(new BigDecimal("12.33"), eur)));
    }
    Money subtotal = new Money(new BigDecimal("123.30"), eur);
    InvoiceSummary invoice =
        new InvoiceSummary(
            1,
            "INV-2026-000123",
            7,
            "Acme Team\nHauptstrasse 1\n10115 Berlin\nDE\nTax id: DE123456789",
            "Acme Hosting GmbH\nHauptstrasse 1\n10115 Berlin\nGermany\nVAT DE987654321",
            "Payable within 14 days to IBAN DE02 1203 0000 0000 2020 51.",
            LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 30),
            subtotal,
            List.of(
                new InvoiceSummary.Tax(
                    "VAT", new BigDecimal("19"), false, new Money(new BigDecimal("23.43"), eur))),
            new Money(new BigDecimal("23.43"), eur),
            null,
            new Money(new BigDecimal("146.73"), eur),
            Instant.parse("2026-12-01T00:30:00Z"),
            lines,
            List.of(
                new InvoiceSummary.Payment(
                    LocalDate.of(2026, 11, 3),
                    LedgerWording.TOP_UP.with("stripe"),
                    new Money(new BigDecimal("100"), eur))),
            List.of(),
            InvoiceKind.USAGE,
            InvoiceStatus.PAID,
            null,
            null);
    Seller seller =
        new Seller(
            "Acme Hosting GmbH",
            "Hauptstrasse 1\n10115 Berlin\nGermany",
            "VAT DE987654321",
            TestImages.png(240, 80),
            "image/png",
            "Payable within 14 days to IBAN DE02 1203 0000 0000 2020 51.");
    Brand brand = new Brand("Acme Cloud", "#e8590c", null);
    DocumentTexts texts = new DocumentTexts(Locale.GERMAN, ZoneId.of("Europe/Berlin"));
    int bytes = 0;
    for (int i = 0; i < 300; i++) {
      bytes = InvoicePdf.render(invoice, brand, seller, "Acme", "Acme Team", texts).length;
    }
    long[] nanos = new long[renders];
    for (int i = 0; i < renders; i++) {
      long started = System.nanoTime();
      InvoicePdf.render(invoice, brand, seller, "Acme", "Acme Team", texts);
      nanos[i] = System.nanoTime() - started;
    }
    Arrays.sort(nanos);
    double mean = Arrays.stream(nanos).average().orElse(0) / 1e6;
    double p95 = nanos[(int) (renders * 0.95)] / 1e6;
    System.out.printf(
        "invoice-pdf renders=%d mean_ms=%.2f p95_ms=%.2f bytes=%d%n", renders, mean, p95, bytes);
  }
}
