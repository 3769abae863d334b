package io.brandcloud.billing.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.billing.domain.RevenueFigures;
import io.brandcloud.billing.domain.RevenuePeriod;
import io.brandcloud.shared.DayRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevenueReportTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void everyMonthOfTheRangeIsListedAndRevenueIsChargesLessCreditNotes() {
    RevenueFigures.Sums january =
        sums("2027-01-01", "10.50", "20", "0", "0", "4.00", "100", "0", "0", "5", "0");
    RevenueFigures.Sums march =
        sums("2027-03-01", "1.25", "0", "40", "15", "-2.85", "0", "30", "12", "0", "-3");

    RevenueReport report =
        RevenueReport.of(
            new DayRange(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 3, 2)),
            RevenuePeriod.MONTH,
            List.of(january, march),
            EUR);

    assertThat(report.periods())
        .extracting(p -> p.start() + "/" + p.end())
        .as("the first and the last month cut to the range")
        .containsExactly("2027-01-15/2027-01-31", "2027-02-01/2027-02-28", "2027-03-01/2027-03-02");
    assertThat(report.periods())
        .extracting(m -> m.revenue().amount().stripTrailingZeros().toPlainString())
        .containsExactly("30.5", "0", "26.25");
    RevenueReport.Period total = report.total();
    assertThat(total.start()).isEqualTo(LocalDate.of(2027, 1, 15));
    assertThat(total.end()).isEqualTo(LocalDate.of(2027, 3, 2));
    assertThat(total.revenue().amount()).isEqualByComparingTo("56.75");
    assertThat(total.creditNotes().amount()).isEqualByComparingTo("15");
    assertThat(total.tax().amount()).isEqualByComparingTo("1.15");
    assertThat(total.topUps().amount()).isEqualByComparingTo("100");
    assertThat(total.refunds().amount()).isEqualByComparingTo("30");
    assertThat(total.disputes().amount()).isEqualByComparingTo("12");
    assertThat(total.credits().amount()).isEqualByComparingTo("5");
    assertThat(total.adjustments().amount()).isEqualByComparingTo("-3");
  }

  @Test
  void weeksRunMondayToSundayAndDaysCoverEveryDay() {
    // 2027-01-06 is a Wednesday
    DayRange range = new DayRange(LocalDate.of(2027, 1, 6), LocalDate.of(2027, 1, 18));
    RevenueFigures.Sums second =
        sums("2027-01-11", "7", "0", "0", "0", "0", "0", "0", "0", "0", "0");

    RevenueReport weeks = RevenueReport.of(range, RevenuePeriod.WEEK, List.of(second), EUR);
    RevenueReport days = RevenueReport.of(range, RevenuePeriod.DAY, List.of(), EUR);

    assertThat(weeks.periods())
        .extracting(p -> p.start() + "/" + p.end())
        .containsExactly("2027-01-06/2027-01-10", "2027-01-11/2027-01-17", "2027-01-18/2027-01-18");
    assertThat(weeks.periods())
        .extracting(p -> p.servers().amount().intValue())
        .containsExactly(0, 7, 0);
    assertThat(days.periods()).hasSize(13).allMatch(p -> p.start().equals(p.end()));
  }

  private static RevenueFigures.Sums sums(String start, String... sums) {
    BigDecimal[] s = new BigDecimal[sums.length];
    for (int i = 0; i < sums.length; i++) {
      s[i] = new BigDecimal(sums[i]);
    }
    return new RevenueFigures.Sums(
        LocalDate.parse(start), s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9]);
  }
}
