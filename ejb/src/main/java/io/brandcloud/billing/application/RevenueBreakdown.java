package io.brandcloud.billing.application;

import io.brandcloud.shared.DayRange;
import io.brandcloud.shared.Money;
import java.util.Currency;
import java.util.List;
import java.util.Locale;

/**
 * Revenue over a range cut into lines: what was sold (each line a kind such as {@code server_hours}
 * or {@code subscriptions}, with the plan or product it names), or servers' hours by plan, region
 * or connection (each line a group's name). {@code count} is how many charges (hours, terms) made a
 * line; the total is the lines' sum.
 */
public record RevenueBreakdown(DayRange range, String by, List<Line> lines, Money total) {

  public record Line(String kind, String name, long count, Money amount) {}

  static RevenueBreakdown of(DayRange range, String by, List<Line> lines, Currency currency) {
    Money total = new Money(java.math.BigDecimal.ZERO, currency);
    for (Line line : lines) {
      total = total.plus(line.amount());
    }
    return new RevenueBreakdown(range, by, lines, total);
  }

  static String wireName(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
