package io.brandcloud.catalog.domain;

import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * A plan's customer price: the provider's monthly cost plus the reseller's markup in percent,
 * rounded to the currency's minor unit because it is a list price; the hourly price is that monthly
 * price / 730.
 */
public record PlanPricing(Money providerMonthlyCost, BigDecimal markupPercent) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  public Money monthlyPrice() {
    BigDecimal factor = BigDecimal.ONE.add(markupPercent.divide(HUNDRED, 6, RoundingMode.HALF_UP));
    Money raw = providerMonthlyCost.times(factor);
    return new Money(raw.roundedToMinorUnit(), raw.currency());
  }

  public Money hourlyPrice() {
    return HourlyRate.fromMonthly(monthlyPrice());
  }

  public Money monthlyMargin() {
    return monthlyPrice().minus(providerMonthlyCost);
  }
}
