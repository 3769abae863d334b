package io.brandcloud.billing.application;

import io.brandcloud.shared.Money;
import java.time.LocalDate;
import java.util.List;

/**
 * What an organisation spends on its servers, as its dashboard shows it: the balance, the usage
 * charged since the first of this month and the usage of each of the last days (days without any
 * are zero), in the tenant's time zone and currency.
 */
public record Spending(Money balance, Money thisMonth, List<Day> days) {

  /** One day's usage charges. */
  public record Day(LocalDate day, Money amount) {}
}
