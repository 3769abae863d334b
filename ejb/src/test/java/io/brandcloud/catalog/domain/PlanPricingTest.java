package io.brandcloud.catalog.domain;

import static org.assertj.core.api.Assertions.assertThat;

import io.brandcloud.shared.Money;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PlanPricingTest {

  @Test
  void pricesTheProviderCostPlusMarkupAndSpreadsItOver730Hours() {
    PlanPricing pricing = new PlanPricing(Money.of("10.00", "EUR"), new BigDecimal("25"));
    assertThat(pricing.monthlyPrice()).isEqualTo(Money.of("12.50", "EUR"));
    assertThat(pricing.hourlyPrice()).isEqualTo(Money.of("0.017123", "EUR"));
    assertThat(pricing.monthlyMargin()).isEqualTo(Money.of("2.50", "EUR"));
  }

  @Test
  void roundsTheMonthlyListPriceToCents() {
    PlanPricing pricing = new PlanPricing(Money.of("5.00", "USD"), new BigDecimal("33.33"));
    assertThat(pricing.monthlyPrice()).isEqualTo(Money.of("6.67", "USD"));
  }

  @Test
  void zeroMarkupSellsAtCost() {
    PlanPricing pricing = new PlanPricing(Money.of("7.30", "EUR"), BigDecimal.ZERO);
    assertThat(pricing.monthlyPrice()).isEqualTo(Money.of("7.30", "EUR"));
    assertThat(pricing.hourlyPrice()).isEqualTo(Money.of("0.01", "EUR"));
  }
}
