package io.brandcloud.billing.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.billing.domain.TaxFigures.ChargedTax;
import io.brandcloud.billing.domain.TaxFigures.Credit;
import io.brandcloud.billing.domain.TaxFigures.Sales;
import io.brandcloud.billing.domain.TaxTreatment;
import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaxReportTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final DayRange QUARTER =
      new DayRange(LocalDate.parse("2026-07-01"), LocalDate.parse("2026-09-30"));

  @Test
  void creditNotesTakeTheirTaxBackFromTheRatesTheirInvoiceChargedToTheCent() {
    ChargedTax gst = charged("CA", "GST", "5.0000", "100.00", "5.00", 1);
    ChargedTax qst = charged("CA", "QST", "9.9750", "100.00", "9.98", 1);
    TaxReport report =
        TaxReport.of(
            QUARTER,
            List.of(
                charged("DE", "VAT", "19.0000", "150.00", "28.50", 2),
                charged("FR", "TVA", "20.0000", "10.00", "2.00", 1),
                gst,
                qst),
            List.of(
                sales("AT", TaxTreatment.REVERSE_CHARGE, "200.00", "0", 1),
                sales("CA", TaxTreatment.TAXED, "100.00", "14.98", 1),
                sales("DE", TaxTreatment.TAXED, "150.00", "28.50", 2),
                sales("FR", TaxTreatment.TAXED, "10.00", "2.00", 1),
                sales(null, TaxTreatment.UNTAXED, "7.30", "0", 1)),
            List.of(
                new Credit(
                    "DE",
                    TaxTreatment.TAXED,
                    new BigDecimal("20.00"),
                    new BigDecimal("3.80"),
                    new BigDecimal("100.00"),
                    List.of(charged("DE", "VAT", "19", "100.00", "19.00", 1))),
                new Credit(
                    "CA",
                    TaxTreatment.TAXED,
                    new BigDecimal("10.00"),
                    new BigDecimal("1.50"),
                    new BigDecimal("100.00"),
                    List.of(gst, qst)),
                new Credit(
                    "AT",
                    TaxTreatment.REVERSE_CHARGE,
                    new BigDecimal("50.00"),
                    BigDecimal.ZERO,
                    new BigDecimal("200.00"),
                    List.of())),
            EUR);

    assertThat(report.rates())
        .extracting(r -> r.country() + " " + r.name() + " " + r.ratePercent().toPlainString())
        .containsExactly("CA GST 5", "CA QST 9.975", "DE VAT 19", "FR TVA 20");
    assertThat(report.rates().get(3).ratePercent().toString())
        .as("as JSON writes it: 20, not 2E+1")
        .isEqualTo("20");
    TaxReport.Rate germany = report.rates().get(2);
    assertThat(germany.invoices()).isEqualTo(2);
    assertThat(germany.taxable()).isEqualTo(Money.of("130.00", "EUR"));
    assertThat(germany.tax()).isEqualTo(Money.of("24.70", "EUR"));
    assertThat(report.rates().get(0).tax().plus(report.rates().get(1).tax()))
        .as("the shares of a credit note's tax add up to it")
        .isEqualTo(Money.of("13.48", "EUR"));
    assertThat(report.rates().get(0).tax()).isEqualTo(Money.of("4.50", "EUR"));
    assertThat(report.rates().get(0).taxable()).isEqualTo(Money.of("90.00", "EUR"));

    assertThat(report.sales())
        .extracting(s -> s.country() + " " + s.treatment() + " " + s.net().display())
        .containsExactly(
            "AT REVERSE_CHARGE 150.00 EUR",
            "CA TAXED 90.00 EUR",
            "DE TAXED 130.00 EUR",
            "FR TAXED 10.00 EUR",
            "null UNTAXED 7.30 EUR");
    assertThat(report.net()).isEqualTo(Money.of("387.30", "EUR"));
    assertThat(report.tax()).isEqualTo(Money.of("40.18", "EUR"));
    assertThat(report.tax())
        .as("the rates and the sales tell the same tax")
        .isEqualTo(
            report.rates().stream().map(TaxReport.Rate::tax).reduce(Money::plus).orElseThrow());
  }

  @Test
  void aRangeWithoutSalesIsEmptyAndZero() {
    TaxReport report = TaxReport.of(QUARTER, List.of(), List.of(), List.of(), EUR);
    assertThat(report.rates()).isEmpty();
    assertThat(report.sales()).isEmpty();
    assertThat(report.tax()).isEqualTo(Money.zero(EUR));
  }

  private static ChargedTax charged(
      String country, String name, String rate, String taxable, String tax, long invoices) {
    return new ChargedTax(
        country,
        name,
        new BigDecimal(rate),
        new BigDecimal(taxable),
        new BigDecimal(tax),
        invoices);
  }

  private static Sales sales(
      String country, TaxTreatment treatment, String net, String tax, long invoices) {
    return new Sales(country, treatment, new BigDecimal(net), new BigDecimal(tax), invoices);
  }
}
