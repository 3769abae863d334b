package io.brandcloud.subscriptions.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.brandcloud.catalog.domain.BillingCycle;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TermTest {

  @Test
  void aMonthlyTermFromThe31stEndsOnTheLastDayOfShorterMonthsAndReturnsToThe31st() {
    LocalDate anchor = LocalDate.of(2027, 1, 31);
    assertThat(Term.of(anchor, BillingCycle.MONTHLY, 0).end()).isEqualTo("2027-02-28");
    assertThat(Term.of(anchor, BillingCycle.MONTHLY, 1).end()).isEqualTo("2027-03-31");
    assertThat(Term.of(anchor, BillingCycle.MONTHLY, 2).end()).isEqualTo("2027-04-30");
    assertThat(Term.of(anchor, BillingCycle.MONTHLY, 3).end()).isEqualTo("2027-05-31");
  }

  @Test
  void aLeapYearGivesFebruaryItsTwentyNinth() {
    LocalDate anchor = LocalDate.of(2028, 1, 31);
    Term february = Term.of(anchor, BillingCycle.MONTHLY, 1);
    assertThat(february.start()).isEqualTo("2028-02-29");
    assertThat(february.end()).isEqualTo("2028-03-31");
    assertThat(february.days()).isEqualTo(31);
  }

  @Test
  void eachTermBeginsWhereTheLastEnded() {
    for (BillingCycle cycle : BillingCycle.values()) {
      LocalDate anchor = LocalDate.of(2027, 8, 31);
      Term term = Term.of(anchor, cycle, 0);
      for (int i = 0; i < 30; i++) {
        Term next = term.next(anchor, cycle);
        assertThat(next.start()).as(cycle + " term " + i).isEqualTo(term.end());
        term = next;
      }
    }
  }

  @Test
  void theTermHoldingADayIsFoundFromTheAnchor() {
    LocalDate anchor = LocalDate.of(2027, 1, 31);
    assertThat(Term.holding(anchor, BillingCycle.MONTHLY, LocalDate.of(2027, 2, 27)).index())
        .isZero();
    assertThat(Term.holding(anchor, BillingCycle.MONTHLY, LocalDate.of(2027, 2, 28)).index())
        .isEqualTo(1);
    assertThat(Term.holding(anchor, BillingCycle.ANNUAL, LocalDate.of(2029, 1, 30)).index())
        .isEqualTo(1);
    assertThat(Term.holding(anchor, BillingCycle.ANNUAL, LocalDate.of(2029, 1, 31)).index())
        .isEqualTo(2);
    for (LocalDate day = anchor; day.isBefore(anchor.plusYears(3)); day = day.plusDays(1)) {
      Term term = Term.holding(anchor, BillingCycle.QUARTERLY, day);
      assertThat(day).isAfterOrEqualTo(term.start()).isBefore(term.end());
    }
  }

  @Test
  void aDayOutsideTheTermIsNotCounted() {
    Term term = Term.of(LocalDate.of(2027, 3, 1), BillingCycle.MONTHLY, 0);
    assertThat(term.daysUsedBefore(term.start())).isZero();
    assertThat(term.daysUsedBefore(term.end())).isEqualTo(31);
    assertThatThrownBy(() -> term.daysUsedBefore(LocalDate.of(2027, 4, 2)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> Term.holding(term.start(), BillingCycle.MONTHLY, term.start().minusDays(1)))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
