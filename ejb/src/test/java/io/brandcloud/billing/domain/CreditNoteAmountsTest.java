package io.brandcloud.billing.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.shared.Money;
import org.junit.jupiter.api.Test;

class CreditNoteAmountsTest {

  private static final Money SUBTOTAL = Money.of("10.00", "EUR");
  private static final Money TAX = Money.of("1.90", "EUR");
  private static final Money NOTHING = Money.of("0", "EUR");

  @Test
  void aPartialCreditTakesItsShareOfTheTax() {
    CreditNoteAmounts third = CreditNoteAmounts.of(SUBTOTAL, TAX, NOTHING, NOTHING, eur("3.33"));
    assertThat(third.net()).isEqualTo(eur("3.33"));
    assertThat(third.tax()).isEqualTo(eur("0.63"));
    assertThat(third.total()).isEqualTo(eur("3.96"));
  }

  @Test
  void theCreditThatCompletesTheInvoiceTakesExactlyTheRestOfTheTax() {
    CreditNoteAmounts rest =
        CreditNoteAmounts.of(
            SUBTOTAL, TAX, eur("3.33").plus(eur("3.33")), eur("1.26"), eur("3.34"));
    assertThat(rest.tax()).isEqualTo(eur("0.64"));
  }

  @Test
  void neverMoreThanIsLeftNorNothing() {
    assertThatThrownBy(() -> CreditNoteAmounts.of(SUBTOTAL, TAX, eur("9.00"), NOTHING, eur("1.01")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1.00 EUR");
    assertThatThrownBy(() -> CreditNoteAmounts.of(SUBTOTAL, TAX, NOTHING, NOTHING, eur("0.004")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static Money eur(String amount) {
    return Money.of(amount, "EUR");
  }
}
