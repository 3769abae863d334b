package io.brandcloud.subscriptions.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.catalog.domain.BillingCycle;
import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.util.Currency;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ProrationTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final BigDecimal HALF_CENT = new BigDecimal("0.005");

  @Test
  void anAnnualTermLeftOnDay137IsPaidForItsFirst136Days() {
    Term term = Term.of(LocalDate.of(2027, 1, 1), BillingCycle.ANNUAL, 0);
    Money price = Money.of("120.00", "EUR");
    LocalDate day137 = term.start().plusDays(136);
    // 120.00 × 136 / 365 = 44.7123… → 44.71; the credit is what is left of 120.00
    assertThat(Proration.heldPart(price, term, day137).amount()).isEqualByComparingTo("44.71");
    assertThat(Proration.unusedCredit(price, term, day137).amount()).isEqualByComparingTo("75.29");
  }

  @Test
  void aTermLeftOnItsFirstDayIsCreditedInFullAndOnItsEndNotAtAll() {
    Term term = Term.of(LocalDate.of(2027, 2, 1), BillingCycle.MONTHLY, 0);
    Money price = Money.of("9.99", "EUR");
    assertThat(Proration.unusedCredit(price, term, term.start()).amount())
        .isEqualByComparingTo("9.99");
    assertThat(Proration.unusedCredit(price, term, term.end()).amount()).isEqualByComparingTo("0");
  }

  @Test
  void aCurrencyWithoutMinorUnitsIsRoundedToWholeUnits() {
    Term term = Term.of(LocalDate.of(2027, 4, 1), BillingCycle.MONTHLY, 0);
    Money price = Money.of("1000", "JPY");
    assertThat(Proration.heldPart(price, term, LocalDate.of(2027, 4, 11)).amount())
        .isEqualByComparingTo("333");
  }

  /**
   * Over two simulated years of random prices, cycles and early ends: what each term was paid less
   * its credit is exactly the rounded price of the days held, and never below zero or above the
   * price.
   */
  @Test
  void whatIsPaidLessWhatIsCreditedIsThePriceOfTheTimeHeld() {
    Random random = new Random(20261126L);
    for (int run = 0; run < 20_000; run++) {
      BillingCycle cycle = BillingCycle.values()[random.nextInt(BillingCycle.values().length)];
      LocalDate anchor = LocalDate.of(2027, 1, 1).plusDays(random.nextInt(730));
      Term term = Term.of(anchor, cycle, random.nextInt(5));
      Money price = new Money(BigDecimal.valueOf(random.nextInt(10_000_000), 2), EUR);
      LocalDate left = term.start().plusDays(random.nextInt((int) term.days() + 1));

      BigDecimal paid =
          price.roundedToMinorUnit().subtract(Proration.unusedCredit(price, term, left).amount());
      BigDecimal exact =
          price
              .amount()
              .multiply(BigDecimal.valueOf(term.daysUsedBefore(left)))
              .divide(BigDecimal.valueOf(term.days()), MathContext.DECIMAL128);
      BigDecimal off = paid.subtract(exact);
      assertThat(paid)
          .as("%s %s held to %s", price, term, left)
          .isBetween(BigDecimal.ZERO, price.amount());
      // half-up: at most half a cent above the exact price of the time held, less than half below
      assertThat(off).as("%s %s held to %s", price, term, left).isGreaterThan(HALF_CENT.negate());
      assertThat(off).as("%s %s held to %s", price, term, left).isLessThanOrEqualTo(HALF_CENT);
    }
  }
}
