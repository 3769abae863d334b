package io.brandcloud.platform.application;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * One tenant on the operators' dashboard: its customers and running servers now, and what hourly
 * charging brought in this month and last month (UTC months, in the tenant's currency).
 */
public record TenantOverview(
    long tenantId,
    String slug,
    String name,
    String status,
    String currency,
    long customers,
    long runningServers,
    BigDecimal thisMonth,
    BigDecimal lastMonth) {

  /** This month against last month in whole percent; null without a last month to compare. */
  public Long growthPercent() {
    if (lastMonth.signum() == 0) {
      return null;
    }
    return thisMonth
        .subtract(lastMonth)
        .multiply(BigDecimal.valueOf(100))
        .divide(lastMonth, 0, RoundingMode.HALF_UP)
        .longValue();
  }
}
