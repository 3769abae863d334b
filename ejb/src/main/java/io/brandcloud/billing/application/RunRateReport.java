package io.brandcloud.billing.application;

import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.List;

/**
 * Monthly recurring revenue month by month: hourly usage at a month's run rate (what it earned per
 * hour, times 730), subscriptions active at the month's end (this month: today) at their price per
 * month; how it moved against the month before (new customers, expansion, contraction, churn,
 * customers who came back), with customers, revenue per customer, churn and net revenue retention;
 * and cohorts of customers by the month of their first payment, with how many still had recurring
 * revenue each month after.
 */
public record RunRateReport(
    YearMonth from, YearMonth to, List<Month> months, List<Cohort> cohorts) {

  /**
   * One month. Rates are percentages with one decimal, null when the month before had nothing to
   * measure against; net retention is what last month's customers bring this month against what
   * they brought last month.
   */
  public record Month(
      YearMonth month,
      Money mrr,
      Money arr,
      int customers,
      Money arpu,
      Money newMrr,
      Money expansion,
      Money contraction,
      Money churned,
      Money reactivated,
      int newCustomers,
      int churnedCustomers,
      BigDecimal customerChurn,
      BigDecimal revenueChurn,
      BigDecimal netRetention) {}

  /**
   * The customers whose first payment fell in {@code month}, and of them how many had recurring
   * revenue in that month and each after it, up to the report's last.
   */
  public record Cohort(YearMonth month, int customers, List<Integer> retained) {}
}
