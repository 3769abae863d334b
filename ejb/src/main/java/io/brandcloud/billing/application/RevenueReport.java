package io.brandcloud.billing.application;

import io.brandcloud.billing.domain.RevenueFigures;
import io.brandcloud.billing.domain.RevenuePeriod;
import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a shop earned over a range of days, day by day, week by week or month by month, in its
 * currency: revenue is what wallets were charged for servers, subscriptions and invoices staff
 * wrote, less credit notes, net of tax; tax charged, payments in, refunds to cards, disputes and
 * staff credits stand apart, since they move money but earn none. Every period of the range is
 * listed, empty ones as zero; the first and the last are cut to the range.
 */
public record RevenueReport(DayRange range, RevenuePeriod by, List<Period> periods, Period total) {

  /** One period's figures, its first and last day included (the whole range, for the total). */
  public record Period(
      LocalDate start,
      LocalDate end,
      Money servers,
      Money subscriptions,
      Money invoices,
      Money creditNotes,
      Money revenue,
      Money tax,
      Money topUps,
      Money refunds,
      Money disputes,
      Money credits,
      Money adjustments) {

    static Period of(LocalDate start, LocalDate end, RevenueFigures.Sums f, Currency currency) {
      Function<BigDecimal, Money> money = amount -> new Money(amount, currency);
      return new Period(
          start,
          end,
          money.apply(f.servers()),
          money.apply(f.subscriptions()),
          money.apply(f.invoices()),
          money.apply(f.creditNotes()),
          money.apply(
              f.servers().add(f.subscriptions()).add(f.invoices()).subtract(f.creditNotes())),
          money.apply(f.tax()),
          money.apply(f.topUps()),
          money.apply(f.refunds()),
          money.apply(f.disputes()),
          money.apply(f.credits()),
          money.apply(f.adjustments()));
    }
  }

  static RevenueReport of(
      DayRange range, RevenuePeriod by, List<RevenueFigures.Sums> figures, Currency currency) {
    Map<LocalDate, RevenueFigures.Sums> byStart =
        figures.stream().collect(Collectors.toMap(RevenueFigures.Sums::start, p -> p));
    List<Period> periods = new ArrayList<>();
    RevenueFigures.Sums sum = empty(range.from());
    for (LocalDate start = by.startOf(range.from());
        !start.isAfter(range.to());
        start = by.next(start)) {
      RevenueFigures.Sums found = byStart.getOrDefault(start, empty(start));
      LocalDate first = start.isBefore(range.from()) ? range.from() : start;
      LocalDate last = by.next(start).minusDays(1);
      periods.add(Period.of(first, last.isAfter(range.to()) ? range.to() : last, found, currency));
      sum = plus(sum, found);
    }
    return new RevenueReport(
        range, by, periods, Period.of(range.from(), range.to(), sum, currency));
  }

  private static RevenueFigures.Sums empty(LocalDate start) {
    BigDecimal z = BigDecimal.ZERO;
    return new RevenueFigures.Sums(start, z, z, z, z, z, z, z, z, z, z);
  }

  private static RevenueFigures.Sums plus(RevenueFigures.Sums a, RevenueFigures.Sums b) {
    return new RevenueFigures.Sums(
        a.start(),
        a.servers().add(b.servers()),
        a.subscriptions().add(b.subscriptions()),
        a.invoices().add(b.invoices()),
        a.creditNotes().add(b.creditNotes()),
        a.tax().add(b.tax()),
        a.topUps().add(b.topUps()),
        a.refunds().add(b.refunds()),
        a.disputes().add(b.disputes()),
        a.credits().add(b.credits()),
        a.adjustments().add(b.adjustments()));
  }
}
