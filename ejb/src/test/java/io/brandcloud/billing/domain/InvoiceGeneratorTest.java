package io.brandcloud.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class InvoiceGeneratorTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate START = LocalDate.of(2026, 10, 1);
  private static final LocalDate END = LocalDate.of(2026, 10, 31);
  private static final BillingParty CUSTOMER =
      new BillingParty("Ada Ltd", null, "DE", null, null, false);
  private final InvoiceGenerator generator = new InvoiceGenerator(EUR, TaxPolicy.none());

  @Test
  void proposesALinePerServerWhoseRoundedAmountsAddUpToTheTotal() {
    ProposedInvoice invoice =
        generator
            .generate(
                7,
                CUSTOMER,
                START,
                END,
                List.of(
                    new ServerUsage(2, "web", "Small", 3, Money.of("0.034245", "EUR")),
                    new ServerUsage(1, "db", "Large", 744, Money.of("20.383562", "EUR"))),
                List.of())
            .orElseThrow();

    assertThat(invoice.lines())
        .extracting(ProposedInvoice.Line::description)
        .containsExactly("db (Large), 744 h", "web (Small), 3 h");
    assertThat(invoice.lines())
        .extracting(l -> l.amount().amount().toPlainString())
        .containsExactly("20.380000", "0.030000");
    assertThat(invoice.total()).isEqualTo(Money.of("20.41", "EUR"));
    assertThat(invoice.organisationId()).isEqualTo(7);
    assertThat(invoice.periodStart()).isEqualTo(START);
  }

  @Test
  void chargesOfNoServerFollowTheServersLinesRoundedAndAlsoMakeAnInvoiceAlone() {
    ProposedInvoice.Line transfer =
        new ProposedInvoice.Line(
            null, LedgerWording.TRANSFER_LINE.with("12.5"), 0, Money.of("0.125", "EUR"));
    ProposedInvoice invoice =
        generator
            .generate(
                7,
                CUSTOMER,
                START,
                END,
                List.of(new ServerUsage(1, "web", "Small", 3, Money.of("0.034245", "EUR"))),
                List.of(transfer),
                List.of())
            .orElseThrow();
    assertThat(invoice.lines())
        .extracting(ProposedInvoice.Line::description)
        .containsExactly("web (Small), 3 h", "Transfer above the pool, 12.5 GB");
    assertThat(invoice.lines())
        .extracting(l -> l.text().in(Locale.GERMAN))
        .containsExactly("web (Small), 3 Std.", "Datenvolumen \u00fcber dem Kontingent, 12,5 GB");
    assertThat(invoice.total()).isEqualTo(Money.of("0.16", "EUR"));
    assertThat(generator.generate(7, CUSTOMER, START, END, List.of(), List.of(transfer), List.of()))
        .as("a month of transfer without server hours (subscriptions)")
        .isPresent();
  }

  @Test
  void proposesNothingForAMonthWithoutUsage() {
    assertThat(generator.generate(7, CUSTOMER, START, END, List.of(), List.of())).isEmpty();
    assertThat(
            generator.generate(
                7,
                CUSTOMER,
                START,
                END,
                List.of(new ServerUsage(1, "idle", "Small", 0, Money.zero(EUR))),
                List.of()))
        .isEmpty();
  }

  @Test
  void topUpsInThePeriodAreListedAsPaymentsWithoutChangingTheTotal() {
    ProposedInvoice invoice =
        generator
            .generate(
                7,
                CUSTOMER,
                START,
                END,
                List.of(new ServerUsage(1, "web", "Small", 10, Money.of("0.100000", "EUR"))),
                List.of(
                    new ProposedInvoice.Payment(END, "Late top-up", Money.of("5.004", "EUR")),
                    new ProposedInvoice.Payment(START, "First top-up", Money.of("20", "EUR"))))
            .orElseThrow();
    assertThat(invoice.total()).isEqualTo(Money.of("0.10", "EUR"));
    assertThat(invoice.payments())
        .extracting(ProposedInvoice.Payment::description)
        .containsExactly("First top-up", "Late top-up");
    assertThat(invoice.payments().get(1).amount().amount()).isEqualByComparingTo("5.00");
  }

  @Test
  void taxesAreChargedOnTheRoundedSubtotal() {
    InvoiceGenerator taxed =
        new InvoiceGenerator(
            EUR,
            new TaxPolicy(
                List.of(new TaxRule("DE", null, "VAT", new BigDecimal("19"), false, false, 1))));
    ProposedInvoice invoice =
        taxed
            .generate(
                7,
                CUSTOMER,
                START,
                END,
                List.of(new ServerUsage(1, "web", "Small", 744, Money.of("10.004999", "EUR"))),
                List.of())
            .orElseThrow();
    assertThat(invoice.subtotal()).isEqualTo(Money.of("10.00", "EUR"));
    assertThat(invoice.taxTotal()).isEqualTo(Money.of("1.90", "EUR"));
    assertThat(invoice.total()).isEqualTo(Money.of("11.90", "EUR"));
    assertThat(invoice.billedTo()).isEqualTo(CUSTOMER);
  }
}
