package io.brandcloud.billing.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import io.brandcloud.billing.domain.Seller;
import io.brandcloud.shared.Money;
import io.brandcloud.tenancy.Brand;
import java.io.IOException;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class BillingPdfsTest {

  private static final Brand BRAND = new Brand("Acme Cloud", "#c2410c", null, false);
  private static final Seller SELLER =
      new Seller("Acme Cloud GmbH", "Hauptstr. 1\n10115 Berlin", "DE123456789", null, null, null);
  private static final Instant ISSUED = Instant.parse("2026-11-03T09:15:00Z");

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

    String text = textOf(CreditNotePdf.render(note, "Jane Doe", BRAND, SELLER, "Acme"));

    assertThat(text)
        .contains("Acme Cloud GmbH", "Hauptstr. 1", "DE123456789")
        .contains("Credit note CN-2026-0007", "For invoice: INV-2026-0003")
        .contains("Billed to: Jane Doe", "Issued: 2026-11-03")
        .contains("Backups that never existed", "Total credited to your balance");
  }

  @Test
  void aStatementHeadsItsTransactionsWithTheAccountAndItsBalance() throws IOException {
    LedgerLine topUp =
        new LedgerLine(
            1, "TOP_UP", Money.of("20.00", "EUR"), "Card top-up", "user:4", ISSUED, null);

    String text =
        textOf(
            LedgerPdf.render(
                List.of(topUp),
                BRAND,
                "Jane's servers",
                Money.of("20.00", "EUR"),
                ISSUED,
                ZoneId.of("Europe/Berlin")));

    assertThat(text)
        .as("in the tenant's time zone, as receipts and transcripts are")
        .contains(
            "Transactions", "Account: Jane's servers", "As of: 2026-11-03 10:15 (Europe/Berlin)")
        .contains(
            "Date (Europe/Berlin)", "Description", "Card top-up", "top up", "2026-11-03 10:15");
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
