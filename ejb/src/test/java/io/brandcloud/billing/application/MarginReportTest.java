package io.brandcloud.billing.application;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.billing.domain.MarginFigures.PlanMonth;
import io.brandcloud.shared.DayRange;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Worked out by hand: a plan whose provider plan costs 7.30 a month (0.01 an hour) sold at 0.015 an
 * hour, a plan costing 10.00 a month (0.013699 an hour, as hourly prices are kept at six decimals)
 * sold below cost, and a plan given away.
 */
class MarginReportTest {

  private static final Currency EUR = Currency.getInstance("EUR");
  private static final LocalDate JAN = LocalDate.of(2027, 1, 1);
  private static final LocalDate FEB = LocalDate.of(2027, 2, 1);
  private static final DayRange RANGE = new DayRange(JAN, LocalDate.of(2027, 2, 28));

  @Test
  void eachHourCostsItsProviderPlanOverSevenHundredThirtyHours() {
    MarginReport report =
        MarginReport.of(
            RANGE,
            List.of(
                new PlanMonth(
                    JAN, "Small", "Hetzner", 100, new BigDecimal("1.500000"), cost("7.30")),
                new PlanMonth(
                    FEB, "Small", "Hetzner", 10, new BigDecimal("0.150000"), cost("7.30")),
                new PlanMonth(
                    FEB, "Large", "Linode", 1000, new BigDecimal("12.000000"), cost("10.00")),
                new PlanMonth(FEB, "Free", "Simulator", 5, BigDecimal.ZERO, cost("1.00"))),
            EUR);

    MarginReport.Line small = report.lines().get(0);
    assertThat(small.upstream().amount()).isEqualByComparingTo("1.00");
    assertThat(small.margin().amount()).isEqualByComparingTo("0.50");
    assertThat(small.percent()).isEqualByComparingTo("33.3");

    MarginReport.Line large = report.lines().get(2);
    assertThat(large.upstream().amount()).isEqualByComparingTo("13.699");
    assertThat(large.margin().amount()).isEqualByComparingTo("-1.699");
    assertThat(large.percent()).isEqualByComparingTo("-14.2");

    MarginReport.Line free = report.lines().get(3);
    assertThat(free.upstream().amount()).isEqualByComparingTo("0.00685");
    assertThat(free.percent()).as("nothing paid, no share of it").isNull();

    assertThat(report.total().hours()).isEqualTo(1115);
    assertThat(report.total().paid().amount()).isEqualByComparingTo("13.65");
    assertThat(report.total().upstream().amount()).isEqualByComparingTo("14.80585");
    assertThat(report.total().margin().amount()).isEqualByComparingTo("-1.15585");
    assertThat(report.total().percent()).isEqualByComparingTo("-8.5");
    assertThat(report.total().month()).isNull();
    assertThat(report.total().paid().currency()).isEqualTo(EUR);
  }

  @Test
  void noHoursIsAnEmptyReportWithoutAPercentage() {
    MarginReport report = MarginReport.of(RANGE, List.of(), EUR);

    assertThat(report.lines()).isEmpty();
    assertThat(report.total().hours()).isZero();
    assertThat(report.total().paid().amount()).isEqualByComparingTo("0");
    assertThat(report.total().percent()).isNull();
  }

  private static BigDecimal cost(String monthly) {
    return new BigDecimal(monthly);
  }
}
