package io.brandcloud.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class MoneyTest {

  @Test
  void keepsSixDecimalsAndRoundsHalfUpOnlyToTheMinorUnit() {
    Money hourly = Money.of("0.0123455", "EUR");
    assertThat(hourly.amount()).isEqualByComparingTo("0.012346");
    assertThat(Money.of("2.345", "EUR").roundedToMinorUnit()).isEqualTo(new BigDecimal("2.35"));
    assertThat(Money.of("2.344999", "EUR").roundedToMinorUnit()).isEqualTo(new BigDecimal("2.34"));
  }

  @Test
  void usesEachCurrencysOwnMinorUnit() {
    assertThat(Money.of("1234.5", "JPY").roundedToMinorUnit()).isEqualTo(new BigDecimal("1235"));
    assertThat(Money.of("1.2345", "KWD").roundedToMinorUnit()).isEqualTo(new BigDecimal("1.235"));
  }

  @Test
  void cutsDownToTheMinorUnitWhatMayBePaidOut() {
    assertThat(Money.of("12.349999", "EUR").truncatedToMinorUnit())
        .isEqualTo(new BigDecimal("12.34"));
    assertThat(Money.of("1234.9", "JPY").truncatedToMinorUnit()).isEqualTo(new BigDecimal("1234"));
  }

  @Test
  void refusesToMixCurrencies() {
    assertThatThrownBy(() -> Money.of("1", "EUR").plus(Money.of("1", "USD")))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void addsAndSubtractsExactly() {
    Money tenCents = Money.of("0.1", "USD");
    Money sum = Money.zero(tenCents.currency());
    for (int i = 0; i < 10; i++) {
      sum = sum.plus(tenCents);
    }
    assertThat(sum).isEqualTo(Money.of("1", "USD"));
    assertThat(sum.minus(Money.of("1.5", "USD")).isNegative()).isTrue();
    assertThat(sum.display()).isEqualTo("1.00 USD");
  }

  @Test
  void creditsAreAHundredToTheUnit() {
    Money money =
        new Money(new java.math.BigDecimal("12.50"), java.util.Currency.getInstance("EUR"));
    org.assertj.core.api.Assertions.assertThat(money.displayAsCredits()).isEqualTo("1250 credits");
    Money hourly =
        new Money(new java.math.BigDecimal("0.017123"), java.util.Currency.getInstance("EUR"));
    org.assertj.core.api.Assertions.assertThat(hourly.displayAsCredits())
        .isEqualTo("1.7123 credits");
  }
}
