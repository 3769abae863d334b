package io.brandcloud.billing.application;

import io.brandcloud.billing.domain.MarginFigures;
import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;

/**
 * What customers paid for servers' hours against what the provider charges the reseller for them,
 * by month and plan. An hour costs its provider plan's monthly cost over 730 hours, at six decimals
 * as hourly prices are; the margin is what is left, in money and in percent of what was paid (none
 * where nothing was paid). Hours sold in a subscription's term are not here: the term is paid, not
 * the hour.
 */
public record MarginReport(DayRange range, List<Line> lines, Line total) {

  /** A plan's month; the total has neither month, plan nor connection. */
  public record Line(
      LocalDate month,
      String plan,
      String connection,
      long hours,
      Money paid,
      Money upstream,
      Money margin,
      BigDecimal percent) {

    private static Line of(
        LocalDate month, String plan, String connection, long hours, Money paid, Money upstream) {
      Money margin = paid.minus(upstream);
      BigDecimal percent =
          paid.amount().signum() == 0
              ? null
              : margin
                  .amount()
                  .multiply(BigDecimal.valueOf(100))
                  .divide(paid.amount(), 1, RoundingMode.HALF_UP);
      return new Line(month, plan, connection, hours, paid, upstream, margin, percent);
    }
  }

  static MarginReport of(DayRange range, List<MarginFigures.PlanMonth> rows, Currency currency) {
    List<Line> lines =
        rows.stream()
            .map(
                r ->
                    Line.of(
                        r.month(),
                        r.plan(),
                        r.connection(),
                        r.hours(),
                        new Money(r.paid(), currency),
                        new Money(upstreamHour(r.upstreamMonthlyCost()), currency)
                            .times(BigDecimal.valueOf(r.hours()))))
            .toList();
    long hours = 0;
    Money paid = Money.zero(currency);
    Money upstream = Money.zero(currency);
    for (Line line : lines) {
      hours += line.hours();
      paid = paid.plus(line.paid());
      upstream = upstream.plus(line.upstream());
    }
    return new MarginReport(range, lines, Line.of(null, null, null, hours, paid, upstream));
  }

  private static BigDecimal upstreamHour(BigDecimal monthlyCost) {
    return monthlyCost.divide(RunRate.HOURS_A_MONTH, Money.SCALE, Money.ROUNDING);
  }
}
