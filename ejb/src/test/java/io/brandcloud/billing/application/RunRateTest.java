package io.brandcloud.billing.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.brandcloud.billing.domain.RunRateFigures.TermRow;
import io.brandcloud.billing.domain.RunRateFigures.Usage;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Three customers over January to April 2027, worked out by hand: one runs servers worth 73.00 a
 * month at 730 hours, stops in March and comes back in April; one takes a yearly subscription of
 * 120.00 with 12.00 off from February (9.00 a month) and cancels in mid-April, so it is gone at
 * April's end; one pays 20.00 a month and moves to 30.00 in April.
 */
class RunRateTest {

  private static final YearMonth JAN = YearMonth.of(2027, 1);
  private static final YearMonth FEB = YearMonth.of(2027, 2);
  private static final YearMonth MAR = YearMonth.of(2027, 3);
  private static final YearMonth APR = YearMonth.of(2027, 4);

  @Test
  void mrrMovesByNewExpansionChurnAndReturnAndCohortsKeepTheirCustomers() {
    RunRateReport report =
        RunRate.of(
            JAN,
            APR,
            Instant.parse("2027-05-10T12:00:00Z"),
            ZoneOffset.UTC,
            new RunRate.Figures(
                List.of(
                    // 744 hours in January, 672 in February, 720 in April: 0.1 an hour
                    new Usage(1, JAN, new BigDecimal("74.40")),
                    new Usage(1, FEB, new BigDecimal("67.20")),
                    new Usage(1, APR, new BigDecimal("72.00"))),
                Instant.parse("2027-05-10T12:00:00Z"),
                List.of(
                    term(2, "sub:2:0:7:2027-02-01", null, 12, "120.00", "term", "-120.00"),
                    term(2, "sub:2:0:7:2027-02-01", null, 12, "120.00", "discount", "12.00"),
                    term(3, "sub:3:0:5:2027-01-01", "2027-02-01", 1, "20.00", "term", "-20.00"),
                    term(3, "sub:3:0:5:2027-02-01", "2027-03-01", 1, "20.00", "term", "-20.00"),
                    term(3, "sub:3:0:5:2027-03-01", "2027-04-01", 1, "20.00", "term", "-20.00"),
                    term(3, "sub:3:0:6:2027-04-01", "2027-05-01", 1, "30.00", "term", "-30.00")),
                Map.of("sub:2:0:7:2027-02-01", LocalDate.of(2027, 4, 15)),
                Map.of(1L, JAN, 2L, FEB, 3L, JAN)),
            Currency.getInstance("EUR"));

    assertThat(report.months())
        .extracting(
            m -> m.month(),
            m -> plain(m.mrr().amount()),
            m -> m.customers(),
            m -> plain(m.newMrr().amount()),
            m -> plain(m.expansion().amount()),
            m -> plain(m.churned().amount()),
            m -> plain(m.reactivated().amount()))
        .containsExactly(
            tuple(JAN, "93", 2, "93", "0", "0", "0"),
            tuple(FEB, "102", 3, "9", "0", "0", "0"),
            tuple(MAR, "29", 2, "0", "0", "73", "0"),
            tuple(APR, "103", 2, "0", "10", "9", "73"));
    assertThat(report.months())
        .extracting(
            m -> text(m.customerChurn()), m -> text(m.revenueChurn()), m -> text(m.netRetention()))
        .containsExactly(
            tuple(null, null, null),
            tuple("0.0", "0.0", "100.0"),
            tuple("33.3", "71.6", "28.4"),
            tuple("50.0", "31.0", "103.4"));
    RunRateReport.Month april = report.months().get(3);
    assertThat(april.arr().amount()).isEqualByComparingTo("1236");
    assertThat(april.arpu().roundedToMinorUnit()).isEqualByComparingTo("51.50");
    assertThat(report.months().get(0).newCustomers()).isEqualTo(2);
    assertThat(report.months().get(2).churnedCustomers()).isEqualTo(1);
    assertThat(report.months().get(3).churnedCustomers()).isEqualTo(1);

    assertThat(report.cohorts())
        .extracting(c -> c.month(), c -> c.customers(), c -> c.retained())
        .containsExactly(tuple(JAN, 2, List.of(2, 2, 1, 2)), tuple(FEB, 1, List.of(1, 1, 0)));
  }

  @Test
  void aTermRunsToTheDayItsInvoiceSaysAndStopsWhenALaterGenerationStarts() {
    // anchored on 31 January: the term from 28 February runs to 30 March, its invoice says
    RunRateReport anchored =
        report(
            "2027-03-30T12:00:00Z",
            term(4, "sub:4:0:1:2027-01-31", "2027-02-28", 1, "10.00", "term", "-10.00"),
            term(4, "sub:4:0:1:2027-02-28", "2027-03-31", 1, "10.00", "term", "-10.00"));
    // a yearly 120.00 changed on 15 February to 30.00 a month
    RunRateReport changed =
        report(
            "2027-03-10T12:00:00Z",
            term(5, "sub:5:0:3:2027-01-01", null, 12, "120.00", "term", "-120.00"),
            term(5, "sub:5:1:4:2027-02-15", null, 1, "30.00", "term", "-30.00"));

    assertThat(anchored.months())
        .extracting(m -> plain(m.mrr().amount()))
        .as("January's end, February's end and today, 30 March")
        .containsExactly("10", "10", "10");
    assertThat(changed.months())
        .extracting(m -> plain(m.mrr().amount()))
        .as("the year stops where the change starts: no month counts both")
        .containsExactly("10", "30", "30");
  }

  @Test
  void theCurrentMonthIsMeasuredOverTheHoursChargedSoFar() {
    // nine days of March charged by 10 March: 216 hours, 21.60 is 0.10 an hour, 73.00 at 730
    RunRateReport report =
        RunRate.of(
            MAR,
            MAR,
            Instant.parse("2027-03-10T00:40:00Z"),
            ZoneOffset.UTC,
            new RunRate.Figures(
                List.of(new Usage(1, MAR, new BigDecimal("21.60"))),
                Instant.parse("2027-03-10T00:00:00Z"),
                List.of(),
                Map.of(),
                Map.of()),
            Currency.getInstance("EUR"));

    assertThat(report.months().get(0).mrr().amount()).isEqualByComparingTo("73");
    assertThat(report.cohorts()).isEmpty();
  }

  private static RunRateReport report(String now, TermRow... terms) {
    return RunRate.of(
        JAN,
        MAR,
        Instant.parse(now),
        ZoneOffset.UTC,
        new RunRate.Figures(List.of(), null, List.of(terms), Map.of(), Map.of()),
        Currency.getInstance("EUR"));
  }

  private static TermRow term(
      long organisation,
      String term,
      String end,
      int cycle,
      String list,
      String kind,
      String amount) {
    return new TermRow(
        organisation,
        term,
        LocalDate.parse(term.substring(term.lastIndexOf(':') + 1)),
        end == null ? null : LocalDate.parse(end),
        cycle,
        new BigDecimal(list),
        kind,
        new BigDecimal(amount));
  }

  private static String plain(BigDecimal amount) {
    return amount.signum() == 0 ? "0" : amount.stripTrailingZeros().toPlainString();
  }

  private static String text(BigDecimal percent) {
    return percent == null ? null : percent.toPlainString();
  }
}
