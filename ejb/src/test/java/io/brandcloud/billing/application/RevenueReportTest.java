package io.brandcloud.billing.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.billing.domain.RevenueFigures;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class RevenueReportTest {

  private static final Currency EUR = Currency.getInstance("EUR");

  @Test
  void everyMonthOfTheRangeIsListedAndRevenueIsChargesLessCreditNotes() {
    RevenueFigures.Month january =
        month("2027-01", "10.50", "20", "0", "0", "4.00", "100", "0", "0", "5", "0");
    RevenueFigures.Month march =
        month("2027-03", "1.25", "0", "40", "15", "-2.85", "0", "30", "12", "0", "-3");

    RevenueReport report =
        RevenueReport.of(
            new DayRange(LocalDate.of(2027, 1, 15), LocalDate.of(2027, 3, 2)),
            List.of(january, march),
            EUR);

    assertThat(report.months())
        .extracting(RevenueReport.Month::month)
        .containsExactly(YearMonth.of(2027, 1), YearMonth.of(2027, 2), YearMonth.of(2027, 3));
    assertThat(report.months())
        .extracting(m -> m.revenue().amount().stripTrailingZeros().toPlainString())
        .containsExactly("30.5", "0", "26.25");
    RevenueReport.Month total = report.total();
    assertThat(total.month()).isNull();
    assertThat(total.revenue().amount()).isEqualByComparingTo("56.75");
    assertThat(total.creditNotes().amount()).isEqualByComparingTo("15");
    assertThat(total.tax().amount()).isEqualByComparingTo("1.15");
    assertThat(total.topUps().amount()).isEqualByComparingTo("100");
    assertThat(total.refunds().amount()).isEqualByComparingTo("30");
    assertThat(total.disputes().amount()).isEqualByComparingTo("12");
    assertThat(total.credits().amount()).isEqualByComparingTo("5");
    assertThat(total.adjustments().amount()).isEqualByComparingTo("-3");
  }

  private static RevenueFigures.Month month(String month, String... sums) {
    BigDecimal[] s = new BigDecimal[sums.length];
    for (int i = 0; i < sums.length; i++) {
      s[i] = new BigDecimal(sums[i]);
    }
    return new RevenueFigures.Month(
        YearMonth.parse(month), s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9]);
  }
}
