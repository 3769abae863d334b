package io.brandcloud.billing.application;

import io.brandcloud.billing.domain.RevenueFigures;
import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a shop earned over a range of days, month by month, in its currency: revenue is what wallets
 * were charged for servers, subscriptions and invoices staff wrote, less credit notes, net of tax;
 * tax charged, payments in, refunds to cards, disputes and staff credits stand apart, since they
 * move money but earn none. Every month of the range is listed, empty ones as zero.
 */
public record RevenueReport(DayRange range, List<Month> months, Month total) {

  /** One month's figures (or the range's, for the total, whose month is null). */
  public record Month(
      YearMonth month,
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

    static Month of(YearMonth month, RevenueFigures.Month f, Currency currency) {
      Function<BigDecimal, Money> money = amount -> new Money(amount, currency);
      return new Month(
          month,
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

  static RevenueReport of(DayRange range, List<RevenueFigures.Month> figures, Currency currency) {
    Map<YearMonth, RevenueFigures.Month> byMonth =
        figures.stream().collect(Collectors.toMap(RevenueFigures.Month::month, m -> m));
    List<Month> months = new ArrayList<>();
    RevenueFigures.Month sum = empty(null);
    for (YearMonth m = YearMonth.from(range.from());
        !m.isAfter(YearMonth.from(range.to()));
        m = m.plusMonths(1)) {
      RevenueFigures.Month found = byMonth.getOrDefault(m, empty(m));
      months.add(Month.of(m, found, currency));
      sum = plus(sum, found);
    }
    return new RevenueReport(range, months, Month.of(null, sum, currency));
  }

  private static RevenueFigures.Month empty(YearMonth month) {
    BigDecimal z = BigDecimal.ZERO;
    return new RevenueFigures.Month(month, z, z, z, z, z, z, z, z, z, z);
  }

  private static RevenueFigures.Month plus(RevenueFigures.Month a, RevenueFigures.Month b) {
    return new RevenueFigures.Month(
        a.month(),
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
