package io.brandcloud.provisioning.providers.domain;

import io.brandcloud.shared.Money;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * One plan, region or image a connection's provider offers, as the last sync found it: plans with
 * their size and what they cost a month (in {@code costCurrency}, or the tenant's own where staff
 * set the cost), regions and images with whether the reseller offers them, and whether the provider
 * still listed it; a region with its country where known.
 */
public record CatalogEntry(
    long connectionId,
    Kind kind,
    String code,
    String name,
    Integer vcpus,
    Integer memoryMb,
    Integer diskGb,
    Integer transferGb,
    BigDecimal monthlyCost,
    String costCurrency,
    boolean offered,
    boolean available,
    String country)
    implements Serializable {

  /** The simulator's costs carry no currency of their own: they are in the tenant's. */
  public static final String NO_CURRENCY = "XXX";

  /**
   * What the plan costs the reseller a month, in {@code tenantCurrency} where the provider gave no
   * currency; empty where the provider gave no cost.
   */
  public Optional<Money> monthlyCostIn(Currency tenantCurrency) {
    if (monthlyCost == null) {
      return Optional.empty();
    }
    return Optional.of(
        new Money(
            monthlyCost,
            NO_CURRENCY.equals(costCurrency)
                ? tenantCurrency
                : Currency.getInstance(costCurrency)));
  }

  /** What the entry is. */
  public enum Kind {
    PLAN,
    REGION,
    IMAGE
  }
}
