package io.brandcloud.billing.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * The current tenant's server hours by month, plan and provider connection, with what customers
 * paid for them and what the plan's provider plan costs a month: the margin report's figures.
 */
public interface MarginFigures {

  /**
   * One plan's hours in one month (its first day in the tenant's time zone), each under the plan it
   * was charged on.
   */
  record PlanMonth(
      LocalDate month,
      String plan,
      String connection,
      long hours,
      BigDecimal paid,
      BigDecimal upstreamMonthlyCost) {}

  /** Hours charged for from {@code from} until before {@code until}, month by month. */
  List<PlanMonth> planMonths(ZoneId zone, Instant from, Instant until);
}
