package io.brandcloud.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.billing.vat.domain.TaxIdStatus;
import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class TermInvoiceGeneratorTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate START = LocalDate.of(2027, 1, 31);
  private static final LocalDate END = LocalDate.of(2027, 2, 28);
  private static final TaxPolicy VAT =
      new TaxPolicy(List.of(new TaxRule("DE", null, "VAT", new BigDecimal("19"), false, false, 1)));

  private final TermInvoiceGenerator generator = new TermInvoiceGenerator(EUR, VAT);

  @Test
  void billsTheTermItsSetUpFeeAndItsCouponWithTaxOnWhatIsLeft() {
    ProposedInvoice invoice =
        generator.generate(
            7,
            party("DE", null),
            START,
            END,
            List.of(
                new TermInvoiceGenerator.Item(
                    "Managed mail, monthly term", Money.of("10.005", "EUR")),
                new TermInvoiceGenerator.Item("Managed mail, set-up fee", Money.of("5.00", "EUR")),
                new TermInvoiceGenerator.Item("Coupon SPRING", Money.of("-2.00", "EUR"))));

    assertThat(invoice.lines())
        .extracting(l -> l.amount().roundedToMinorUnit().toPlainString())
        .containsExactly("10.01", "5.00", "-2.00");
    assertThat(invoice.subtotal().amount()).isEqualByComparingTo("13.01");
    assertThat(invoice.taxTotal().amount()).isEqualByComparingTo("2.47");
    assertThat(invoice.total().amount()).isEqualByComparingTo("15.48");
    assertThat(invoice.periodStart()).isEqualTo(START);
    assertThat(invoice.periodEnd()).as("the last day held").isEqualTo("2027-02-27");
  }

  @Test
  void reverseChargeIsNotedAndChargesNoTax() {
    TaxPolicy reverse =
        new TaxPolicy(
            List.of(new TaxRule("FR", null, "TVA", new BigDecimal("20"), false, true, 1)));
    ProposedInvoice invoice =
        new TermInvoiceGenerator(EUR, reverse)
            .generate(
                7,
                party("FR", "FR40303265045"),
                START,
                END,
                List.of(new TermInvoiceGenerator.Item("Backups", Money.of("10.00", "EUR"))));

    assertThat(invoice.taxTotal().isPositive()).isFalse();
    assertThat(invoice.taxes().note()).contains("Reverse charge");
    assertThat(invoice.total().amount()).isEqualByComparingTo("10.00");
  }

  @Test
  void aDiscountLargerThanTheTermIsABug() {
    assertThatThrownBy(
            () ->
                generator.generate(
                    7,
                    party("DE", null),
                    START,
                    END,
                    List.of(
                        new TermInvoiceGenerator.Item("Backups", Money.of("1.00", "EUR")),
                        new TermInvoiceGenerator.Item("Coupon", Money.of("-2.00", "EUR")))))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> generator.generate(7, party("DE", null), START, END, List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** A customer whose VAT number, if any, VIES confirmed. */
  private static BillingParty party(String country, String taxId) {
    return new BillingParty(
        "Customer",
        null,
        country,
        null,
        taxId,
        false,
        taxId == null ? TaxIdStatus.UNCHECKED : TaxIdStatus.VALID);
  }
}
