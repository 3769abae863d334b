package io.brandcloud.billing.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.brandcloud.billing.domain.InvoiceKind;
import io.brandcloud.billing.domain.InvoiceStatus;
import io.brandcloud.billing.domain.LedgerText;
import io.brandcloud.billing.domain.LedgerWording;
import io.brandcloud.billing.domain.Seller;
import io.brandcloud.payments.application.ReceiptPdf;
import io.brandcloud.payments.domain.GatewayKind;
import io.brandcloud.payments.domain.Payment;
import io.brandcloud.payments.domain.PaymentStatus;
import io.brandcloud.shared.GermanBundles;
import io.brandcloud.shared.Money;
import io.brandcloud.shared.pdf.DocumentTexts;
import io.brandcloud.tenancy.Brand;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class BillingPdfsTest {

  private static final Brand BRAND = new Brand("Acme Cloud", "#c2410c", null, false);
  private static final Seller SELLER =
      new Seller("Acme Cloud GmbH", "Hauptstr. 1\n10115 Berlin", "DE123456789", null, null, null);
  private static final Instant ISSUED = Instant.parse("2026-11-03T09:15:00Z");
  private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
  private static final DocumentTexts ENGLISH = new DocumentTexts(Locale.ENGLISH, BERLIN);
  private static final DocumentTexts GERMAN = new DocumentTexts(Locale.GERMAN, BERLIN);

  @Test
  void aCreditNoteNamesItsInvoiceItsCustomerAndWhatWasCredited() throws IOException {
    CreditNoteSummary note =
        new CreditNoteSummary(
            7,
            "CN-2026-0007",
            3,
            "INV-2026-0003",
            11,
            "Backups that never existed",
            Money.of("4.35", "EUR"),
            Money.of("0.83", "EUR"),
            Money.of("5.18", "EUR"),
            null,
            "system",
            ISSUED);

    String text = textOf(CreditNotePdf.render(note, "Jane Doe", BRAND, SELLER, "Acme", ENGLISH));

    assertThat(text)
        .contains("Acme Cloud GmbH", "Hauptstr. 1", "DE123456789")
        .contains("Credit note CN-2026-0007", "For invoice: INV-2026-0003")
        .contains("Billed to: Jane Doe", "Issued: Nov 3, 2026")
        .contains("Backups that never existed", "Total credited to your balance", "-\u20ac5.18");
  }

  @Test
  void aStatementHeadsItsTransactionsWithTheAccountAndItsBalance() throws IOException {
    LedgerLine topUp =
        new LedgerLine(
            1,
            "TOP_UP",
            Money.of("20.00", "EUR"),
            LedgerText.asWritten("Card top-up"),
            "user:4",
            ISSUED,
            null);

    String text =
        textOf(
            LedgerPdf.render(
                List.of(topUp),
                BRAND,
                "Jane's servers",
                Money.of("20.00", "EUR"),
                ISSUED,
                ENGLISH));

    assertThat(text)
        .as("in the tenant's time zone, as receipts and transcripts are")
        .contains(
            "Transactions",
            "Account: Jane's servers",
            "Balance: \u20ac20.00",
            "As of: Nov 3, 2026, 10:15 AM (Europe/Berlin)")
        .contains("Date (Europe/Berlin)", "Description", "Card top-up", "Top-up");
  }

  @Test
  void aGermanStatementSaysWhatTheSystemWroteInGermanAndStaffsReasonsAsWritten()
      throws IOException {
    LedgerLine topUp =
        new LedgerLine(
            1,
            "TOP_UP",
            Money.of("20.00", "EUR"),
            LedgerWording.TOP_UP.with("stripe"),
            "payment 3",
            ISSUED,
            null);
    LedgerLine goodwill =
        new LedgerLine(
            2,
            "CREDIT",
            Money.of("5.00", "EUR"),
            LedgerText.asWritten("Sorry for the outage"),
            "anna@acme.test",
            ISSUED,
            null);

    String text =
        textOf(
            LedgerPdf.render(
                List.of(topUp, goodwill),
                BRAND,
                "Janas Server",
                Money.of("25.00", "EUR"),
                ISSUED,
                GERMAN));

    assertThat(text)
        .contains("Buchungen", "Konto: Janas Server", "Stand: 03.11.2026, 10:15 (Europe/Berlin)")
        .contains("Aufladung \u00fcber Stripe", "Sorry for the outage", "Gutschrift")
        .doesNotContain("Top-up by");
  }

  @Test
  void anInvoiceInGermanWritesItsWordsAmountsRatesAndDaysAsGermanDoes() throws IOException {
    Money net = Money.of("1000.00", "EUR");
    InvoiceSummary invoice =
        new InvoiceSummary(
            3,
            "INV-2026-0003",
            11,
            "Jana Kunde",
            null,
            null,
            LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 30),
            net,
            List.of(
                new InvoiceSummary.Tax(
                    "MwSt.", new BigDecimal("7.5"), false, Money.of("75.00", "EUR"))),
            Money.of("75.00", "EUR"),
            null,
            Money.of("1075.00", "EUR"),
            Instant.parse("2026-11-30T23:30:00Z"),
            List.of(
                new InvoiceSummary.Line(
                    LedgerWording.SERVER_LINE.with("web-1", "Standard", "720"), 720, net)),
            List.of(
                new InvoiceSummary.Payment(
                    LocalDate.of(2026, 11, 2),
                    LedgerWording.TOP_UP.with("stripe"),
                    Money.of("50.00", "EUR"))),
            List.of(),
            InvoiceKind.MANUAL,
            InvoiceStatus.OPEN,
            LocalDate.of(2026, 12, 14),
            null);

    String text = textOf(InvoicePdf.render(invoice, BRAND, SELLER, "Acme", "Jana", GERMAN));

    assertThat(text)
        .contains("Rechnung INV-2026-0003", "Rechnungsempf\u00e4nger: Jana Kunde")
        .contains("Zeitraum: 01.11.2026 bis 30.11.2026")
        .as("issued just after midnight in Berlin: the tenant's day")
        .contains("Ausgestellt: 01.12.2026", "Offen: f\u00e4llig am 14.12.2026")
        .contains("Beschreibung", "Stunden", "Zwischensumme", "MwSt. 7,5 %", "Gesamt")
        .contains("02.11.2026", "Aufladung \u00fcber Stripe", "web-1 (Standard), 720 Std.")
        .containsPattern("1\\.075,00\\h+\u20ac")
        .doesNotContain("Invoice", "Total", "EUR");
  }

  @Test
  void aReceiptInGermanNamesThePaymentAndWhatWasRefunded() throws IOException {
    Payment payment =
        new Payment(
            42,
            11,
            1,
            GatewayKind.TEST,
            "TOP_UP",
            Money.of("50.00", "EUR"),
            PaymentStatus.SUCCEEDED,
            "checkout-1",
            "pay_123",
            null,
            false,
            new BigDecimal("10.00"),
            BigDecimal.ZERO,
            "user:4",
            null,
            0,
            ISSUED,
            ISSUED);

    String text = textOf(ReceiptPdf.render(payment, BRAND, SELLER, "Acme", "Jana", GERMAN));

    assertThat(text)
        .contains("Quittung R-42", "Erhalten von: Jana", "Bezahlt mit", "pay_123")
        .contains("Test-Zahlungsanbieter")
        .contains("03.11.2026, 10:15 (Europe/Berlin)", "Aufladung des Guthabens", "Erstattet")
        .containsPattern("50,00\\h+\u20ac")
        .containsPattern("10,00\\h+\u20ac");
  }

  @Test
  void everyDocumentWordHasItsGermanTranslation() {
    GermanBundles.assertGermanSaysEverything("io.brandcloud.shared.pdf.documents");
  }

  private static String textOf(byte[] pdf) throws IOException {
    try (PdfReader reader = new PdfReader(pdf)) {
      PdfTextExtractor extractor = new PdfTextExtractor(reader);
      StringBuilder text = new StringBuilder();
      for (int page = 1; page <= reader.getNumberOfPages(); page++) {
        text.append(extractor.getTextFromPage(page)).append('\n');
      }
      return text.toString();
    }
  }
}
